"""Search on a team's PostgreSQL server against a laptop's SQLite file, in the same run.

Both databases get the built-in library and the large demo's 20,000 people (inserted as the
demo inserts them, without its workshops: search reads names and the library only). Then the
same queries run on each, one client at a time: 200 people searches shaped like what a trainer
types (a family-name prefix in its own script, a full Latin spelling, "family given-initial", a
lower-case Latin prefix) and library searches across scripts, spellings and prefixes. The
server is a throw-away cluster on 127.0.0.1 (`tests/postgres_cluster.py`), never another one.
Budget: the server's p95 of each search under 100 ms (a round trip more than SQLite, and the
library's bm25 counted in Python).

Run: `python benchmarks/server_search.py` (about a minute: it builds both databases).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench_table import Budget
from measuring import p95, record, timed
from people import shaped_queries

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.postgres_cluster

from tests.postgres_cluster import start_cluster  # noqa: E402

from jpoa_desktop.content.demo_people import generate_people  # noqa: E402
from jpoa_desktop.services.database import Database, open_database  # noqa: E402
from jpoa_desktop.services.library.content import ContentService  # noqa: E402
from jpoa_desktop.services.library.search import SearchService  # noqa: E402
from jpoa_desktop.services.people.people import (  # noqa: E402
    PeopleService,
    PersonInput,
    insert_people,
    person_values,
)
from jpoa_desktop.texts.transliteration import to_latin  # noqa: E402

P95_BUDGET_MS = 100.0
PEOPLE = 20_000
PEOPLE_QUERIES = 200
LIBRARY_QUERIES = [
    ("terror", "ru"),
    ("террор", "en"),
    ("O'zbekiston", "en"),
    ("Kazakhstan", "en"),
    ("radicalisation", "en"),
    ("fighters", "en"),
    ("терроризма", "ru"),
    ("financ", "en"),
    ("рад", "ru"),
    ("foreign terrorist fighters", "en"),
    ("border security", "en"),
    ("права человека", "ru"),
]
ROUNDS = 5  # each library query this many times


def fill(db: Database) -> list[tuple[str, str, str]]:
    """The library and the people; returns (family, given, Latin family) of each person."""
    ContentService(db.session_scope).load_builtin()
    people = generate_people(PEOPLE)
    rows = [
        person_values(
            PersonInput(
                family_name=p.family_name,
                given_name=p.given_name,
                patronymic=p.patronymic,
                latin_family_name=to_latin(p.family_name),
                latin_given_name=to_latin(p.given_name),
                country=p.country,
            ),
            None,
        )
        for p in people
    ]
    with db.session_scope() as session:
        insert_people(session, rows)
    return [(p.family_name, p.given_name, to_latin(p.family_name)) for p in people]


def measure(db: Database, queries: list[str]) -> dict[str, list[float]]:
    people, library = PeopleService(db.session_scope), SearchService(db.session_scope)
    people.search(queries[0]), library.search("warm up", "en")  # first use checks the indexes
    by_name: list[Callable[[], object]] = [partial(people.search, q) for q in queries]
    in_library: list[Callable[[], object]] = [
        partial(library.search, q, lang) for q, lang in LIBRARY_QUERIES
    ]
    return {"people": timed(by_name), "library": timed(in_library * ROUNDS)}


def line(name: str, times: list[float]) -> str:
    middle = times[len(times) // 2]
    return f"{name:<20} median {middle:6.1f} ms  p95 {p95(times):6.1f} ms  ({len(times)} searches)"


def main() -> int:
    cluster = start_cluster()
    try:
        url = cluster.create_database("jpoa_bench_search").render_as_string(hide_password=False)
        with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
            started = time.perf_counter()
            sqlite = open_database(str(Path(scratch) / "laptop.sqlite"))
            server = open_database(url)
            names = fill(sqlite)
            fill(server)
            print(f"both databases built in {time.perf_counter() - started:.1f} s")
            queries = shaped_queries(names, PEOPLE_QUERIES)
            results = {"SQLite": measure(sqlite, queries), "PostgreSQL": measure(server, queries)}
            sqlite.dispose()
            server.dispose()
    finally:
        cluster.stop()
    within = True
    for backend, by_search in results.items():
        for search, times in by_search.items():
            print(line(f"{backend} {search}", times))
    for search, times in results["PostgreSQL"].items():
        within &= record(f"{search} search on the server, p95 (vs SQLite)", p95(times), "ms",
                         baseline=p95(results["SQLite"][search]),
                         budget=Budget.below(P95_BUDGET_MS))  # fmt: skip
    print(f"budget: the server's p95 < {P95_BUDGET_MS:.0f} ms: {'met' if within else 'MISSED'}")
    return 0 if within else 1


if __name__ == "__main__":
    raise SystemExit(main())
