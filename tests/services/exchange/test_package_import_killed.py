"""An import killed (kill -9) while it writes: the database passes `jpoa check` with none of the
import, and the import then runs to the end. (An import's progress has three equal parts:
reading the package, planning, writing; the child kills itself once the first rows are in.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.runner import jpoa
from tests.services.exchange.laptops import counts, laptop, workshop_ids

from jpoa_desktop.model.exchange import MergeChoices

_KILLED_MID_IMPORT = """
import os, signal, sys
from pathlib import Path
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database

def progress(done, total):
    if done > total * 2 // 3:  # read, planned, and the first rows written: kill it
        os.kill(os.getpid(), signal.SIGKILL)

services = Services(open_database(sys.argv[1]))
services.packages.apply(Path(sys.argv[2]), MergeChoices(), progress=progress)
print("not killed")
"""


def test_an_import_killed_midway_leaves_the_database_sound_with_none_of_it(
    tmp_path: Path,
) -> None:
    a = laptop(tmp_path, "a", demo=True)
    package = tmp_path / "all.jpoa"
    a.packages.export_workshops(workshop_ids(a), package)
    target = laptop(tmp_path, "w")
    before = counts(target)
    target.db.dispose()

    child = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_IMPORT, str(tmp_path / "w.sqlite"), str(package)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode < 0, child.stdout + child.stderr

    check = jpoa("check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    target = laptop(tmp_path, "w")
    assert counts(target) == before  # none of it
    outcome = target.packages.apply(package, MergeChoices())
    assert counts(target)["attendance"] == counts(a)["attendance"] == outcome.added["attendance"]
