"""Nothing heavy before the first paint: the window shows before SQLAlchemy, Alembic or the
document writers are imported (they took the start-up benchmark from 1.4 × a bare window to
over 4 × when the server session imported the connection module to find no saved server)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import sys
from jpoa_desktop.app import main
code = main(sys.argv[1:])
heavy = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "docx")
print("IMPORTED", *sorted({name.split(".")[0] for name in sys.modules} & set(heavy)))
print("EXIT", code)
"""


def test_the_first_paint_comes_before_the_database_libraries(tmp_path: Path) -> None:
    arguments = ["--first-paint-probe", "--db", str(tmp_path / "new.sqlite")]
    arguments += ["--settings", str(tmp_path / "settings.ini"), "--lang", "en"]
    finished = subprocess.run(
        [sys.executable, "-c", CHILD, *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    lines = finished.stdout.splitlines()
    assert any(line.startswith("PAINTED ") for line in lines), finished.stderr
    assert "IMPORTED" in lines  # none of them
    assert "EXIT 0" in lines
    assert not (tmp_path / "new.sqlite").exists()  # and the database was never opened
