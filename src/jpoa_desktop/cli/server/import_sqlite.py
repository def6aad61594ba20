"""`jpoa --db postgresql+psycopg://… server import-sqlite FILE`: a laptop's file onto the server.

What it does and what does not travel: services/server/sqlite_import.py. It prints what was
added, updated and left as it was, each conflict (the server's side kept unless --conflicts
theirs) and each person who looks like someone already on the server (kept apart unless
--merge-people). On a large file it says on stderr how far it is, at most once a second.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli.commands import Commands, answer
from jpoa_desktop.cli.packages import merge_lines
from jpoa_desktop.model.exchange import SIDES
from jpoa_desktop.model.progress import Progress
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.server.sqlite_import import SqliteImport


def stderr_progress(every: float = 1.0) -> Progress:
    """Progress as a percentage on stderr: at most once per `every` seconds, and at the end."""
    last = [0.0, -1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        now = time.monotonic()
        if percent != last[1] and (now - last[0] >= every or percent == 100):
            last[:] = [now, percent]
            print(f"import-sqlite: {percent}%", file=sys.stderr, flush=True)

    return report


def import_sqlite(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    source = Path(args.file).expanduser()
    done = services.sqlite_import.import_file(
        source,
        conflicts=args.conflicts,
        merge_people=args.merge_people,
        dry_run=args.dry_run,
        progress=stderr_progress(),
    )
    data: dict[str, Any] = {
        **done.outcome.as_json(),
        "source": done.source,
        "first_load": done.first_load,
        "drafts": done.drafts,
        "person_matches": [
            {
                "incoming_name": m.incoming_name,
                "local_name": m.local_name,
                "reason": m.reason,
                "merged": m.incoming_uuid in done.merged_people,
            }
            for m in done.person_matches
        ],
    }
    return answer(args, out, data, _lines(done, services.db.display_name))


def _lines(done: SqliteImport, server: str) -> Iterator[str]:
    outcome = done.outcome
    how = "a first load into an empty server" if done.first_load else "merged with its data"
    yield f"{done.source} → {server}: {how}."
    if outcome.dry_run:
        yield "Dry run: nothing was written. The import would do this:"
    yield from merge_lines(outcome, done.person_matches, done.merged_people, ("file", "sides"))


def register(group: Commands) -> None:
    command = group.command(
        "import-sqlite",
        import_sqlite,
        "load a laptop's database file into this server (merged when the server has data)",
    )
    command.add_argument("file", metavar="FILE.sqlite", help="the laptop's database file")
    command.add_argument(
        "--dry-run", action="store_true", help="say what would change; write nothing"
    )
    command.add_argument(
        "--conflicts",
        choices=SIDES,
        default="mine",
        help="records changed on both sides: keep the server's (mine, default) or the file's",
    )
    command.add_argument(
        "--merge-people",
        action="store_true",
        help="merge the people the import finds on the server under another record",
    )
