"""What the audit triggers cost a bulk write: the demo loaded onto a server with the triggers on,
and with them disabled, alternately, in the same run.

Each run loads the built-in library into a fresh database first (not timed: the library is not
logged), then times `DemoService.load(size)`, which writes people, workshops, registrations,
attendance marks, agendas, test sheets and strategy drafts in one transaction. "Off" disables
the `A_jpoa_audit` trigger on every logged table for that database (ALTER TABLE … DISABLE
TRIGGER), so both sides run the same migrations and the same code. The server is a throw-away
cluster on 127.0.0.1 that this script starts and removes (tests/postgres_cluster.py).

Run: `python benchmarks/audit_overhead.py [--size small|large] [--runs N]`

Measured on 2 shared cores (load ~3), PostgreSQL 15: large demo 87.9 s without the triggers,
117.2 s with them (x1.33, 559,283 entries, ~52 µs each); small demo median of 5, 0.51 s and
0.68 s (x1.32).
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

from measuring import record
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.postgres_cluster import Cluster, start_cluster  # noqa: E402

from jpoa_desktop.services.database import open_database  # noqa: E402
from jpoa_desktop.services.demo.demo import DemoService  # noqa: E402
from jpoa_desktop.services.library.content import ContentService  # noqa: E402


def _audited_tables() -> list[str]:
    spec = importlib.util.spec_from_file_location(
        "audit_triggers", ROOT / "db" / "versions" / "0013_audit_triggers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.AUDITED_TABLES)


def _one_run(
    cluster: Cluster, name: str, size: str, triggers: bool, library_entries: int
) -> tuple[float, int]:
    """Seconds the demo took, and the audit entries it left."""
    url = cluster.create_database(name, template="bench_library")
    db = open_database(url.render_as_string(hide_password=False))
    try:
        if not triggers:
            with db.engine.begin() as conn:
                for table in _audited_tables():
                    conn.execute(text(f'ALTER TABLE {table} DISABLE TRIGGER "A_jpoa_audit"'))
        start = time.perf_counter()
        DemoService(db.session_scope).load(size)
        took = time.perf_counter() - start
        with db.engine.connect() as conn:  # the library's questions were logged in the template
            entries = int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
        return took, entries - library_entries
    finally:
        db.dispose()
        cluster.drop_database(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("small", "large"), default="small")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        template = cluster.create_database("bench_library")
        library = open_database(template.render_as_string(hide_password=False))
        ContentService(library.session_scope).load_builtin()
        with library.engine.connect() as conn:
            logged = int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
        library.dispose()
        timings: dict[bool, list[float]] = {True: [], False: []}
        entries = 0
        for run in range(args.runs):
            for triggers in (False, True):
                took, written = _one_run(cluster, f"bench_{run}_{int(triggers)}", args.size,
                                        triggers, logged)  # fmt: skip
                timings[triggers].append(took)
                entries = max(entries, written)
                print(f"run {run + 1}, triggers {'on ' if triggers else 'off'}: {took:6.2f} s"
                      f"  ({written} audit entries)")  # fmt: skip
    finally:
        cluster.stop()
    off, on = statistics.median(timings[False]), statistics.median(timings[True])
    print(f"demo '{args.size}': median {off:.2f} s without triggers, {on:.2f} s with them: "
          f"x{on / off:.2f} (+{(on - off) / off:.0%}), {entries} entries, "
          f"{(on - off) / max(entries, 1) * 1e6:.0f} µs per entry")  # fmt: skip
    record(f"demo '{args.size}' loaded with the audit triggers, median (vs without)", on, "s",
           baseline=off)  # fmt: skip
    record("cost of one audit entry", (on - off) / max(entries, 1) * 1e6, "µs")


if __name__ == "__main__":
    main()
