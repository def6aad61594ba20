"""Ten officials on one PostgreSQL server for a minute: no lost update, no error but conflicts.

The benchmark starts its own throw-away cluster on 127.0.0.1 (`tests/postgres_cluster.py`), runs
`jpoa server init`, adds one KZ editor account per client, and fills a KZ draft with sixty
measures (few enough that the clients collide, enough that a minute of tokens fits in a text's
4,000 characters) and a KZ workshop of 120 registered people.
Then CLIENTS processes, each logged in as its own editor, loop until the time is up, choosing:

- edit a measure: read it with its version, append the client's own token to its English text,
  save over that version (`StrategyService.save_item`); a save refused with `EditConflict` is
  counted as a detected conflict, and the client does what a person does in the conflict
  dialog when merging by hand: reads the row again and adds its token to *their* text;
- mark attendance: a random badge on a random day of the workshop (two clients may scan the
  same badge at once);
- search: the library (`SearchService`) or the check-in list (`AttendanceService.find`).

At the end every token of every save the clients were told succeeded must be in the final
texts: a missing token is a lost update. Any exception other than `EditConflict` is an error.
The baseline is the same mix on a SQLite file with one client, for the same time, in the same
run; each operation's p95 is printed for both with the ratio.

Run: `python benchmarks/server_load.py [--clients 10] [--seconds 60]` (Debian: the `postgresql`
package must be installed). Budget: 0 lost updates, 0 errors.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.postgres_cluster

from bench_table import Budget
from measuring import record
from tests.postgres_cluster import start_cluster

from jpoa_desktop.errors import EditConflict
from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopInput

MEASURES = 60
PEOPLE = 120
FIRST_DAY = date(2026, 12, 7)
DAYS = 3
SEARCHES = ("terror", "радикал", "border", "Oʻzbekiston", "prevent", "сотрудничество")
FAMILY = ("Абдуллаева", "Nazarov", "Жумабеков", "Rahimova", "Сатыбалдиев", "Qodirov")
PASSWORD = "load-test-only"
MAX_OPERATIONS = 200_000  # per client: the loop ends by time long before, but never runs away


@dataclass(frozen=True)
class Plan:
    """What the clients share: where to connect and which rows to work on."""

    measures: tuple[int, ...]
    workshop: int
    badges: tuple[str, ...]


@dataclass
class Outcome:
    """One client's figures: latencies by operation, tokens saved, conflicts and errors."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    saved: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)


def fill(services: Services) -> Plan:
    """A KZ draft of MEASURES measures and a KZ workshop of PEOPLE registered people."""
    drafts = services.strategies
    draft = drafts.create(DraftInput(country="KZ", titles={"en": "Load test plan"}))
    goal = drafts.add_item(draft, None, "goal", ItemInput(texts={"en": "Goal"}))
    objective = drafts.add_item(draft, goal, "objective", ItemInput(texts={"en": "Objective"}))
    measures = tuple(
        drafts.add_item(draft, objective, "measure", ItemInput(texts={"en": f"Measure {n}:"}))
        for n in range(MEASURES)
    )
    workshop = services.workshops.create(
        WorkshopInput(
            titles={"en": "Load test workshop"},
            start=FIRST_DAY,
            end=FIRST_DAY + timedelta(days=DAYS - 1),
            country="KZ",
        )
    )
    badges = []
    for n in range(PEOPLE):
        person = services.people.add(
            PersonInput(family_name=f"{FAMILY[n % len(FAMILY)]}", given_name=f"Участник {n}")
        )
        badges.append(services.workshops.register(workshop, person))
    return Plan(measures, workshop, tuple(badges))


def _edit(services: Services, plan: Plan, token: str, outcome: Outcome, rng: random.Random) -> None:
    measure = rng.choice(plan.measures)
    base, seen = services.strategies.item_seen(measure)
    while True:
        mine = replace(base, texts={**base.texts, "en": f"{base.texts.get('en', '')} {token}"})
        try:
            services.strategies.save_item(measure, (base, mine), seen)
        except EditConflict:
            outcome.conflicts += 1
            base, seen = services.strategies.item_seen(measure)  # merge by hand: theirs + mine
            continue
        outcome.saved[measure].append(token)
        return


def _mark(services: Services, plan: Plan, rng: random.Random) -> None:
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    services.attendance.mark(plan.workshop, rng.choice(plan.badges), day)


def _search(services: Services, plan: Plan, rng: random.Random) -> None:
    if rng.random() < 0.5:
        services.search.search(rng.choice(SEARCHES), "en")
    else:
        services.attendance.find(plan.workshop, rng.choice(FAMILY)[:4])


def run_client(target: str, plan: Plan, client: int, seconds: float) -> Outcome:
    """One official's minute: operations chosen at random until the time is up."""
    rng = random.Random(client)
    outcome = Outcome()
    db = open_database(target, create=False)
    services = Services(db)
    deadline = time.perf_counter() + seconds
    try:
        for n in range(MAX_OPERATIONS):
            if time.perf_counter() >= deadline:
                break
            kind = rng.choices(("edit", "mark", "search"), weights=(4, 3, 3))[0]
            started = time.perf_counter()
            try:
                if kind == "edit":
                    _edit(services, plan, f"c{client}n{n}", outcome, rng)
                elif kind == "mark":
                    _mark(services, plan, rng)
                else:
                    _search(services, plan, rng)
            except Exception as error:  # every failure but a conflict is a finding
                outcome.errors.append(f"{kind}: {type(error).__name__}: {error}")
                continue
            outcome.latencies[kind].append((time.perf_counter() - started) * 1000)
    finally:
        db.dispose()
    return outcome


def _client_entry(args: tuple[str, Plan, int, float]) -> Outcome:
    return run_client(*args)


def lost_updates(services: Services, outcomes: list[Outcome]) -> int:
    """Tokens of successful saves that the final texts do not hold."""
    lost = 0
    for outcome in outcomes:
        for measure, tokens in outcome.saved.items():
            text = services.strategies.item(measure).texts.get("en", "")
            held = set(text.split())
            lost += sum(token not in held for token in tokens)
    return lost


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] if ordered else float("nan")


def baseline(seconds: float) -> Outcome:
    """The same mix on a SQLite file, one client: what one laptop gives."""
    with tempfile.TemporaryDirectory() as folder:
        target = str(Path(folder) / "baseline.sqlite")
        db = open_database(target)
        ContentService(db.session_scope).load_builtin()
        plan = fill(Services(db))
        db.dispose()
        return run_client(target, plan, 0, seconds)


def on_server(clients: int, seconds: float) -> tuple[list[Outcome], int]:
    cluster = start_cluster()
    try:
        cluster.create_database("load")
        owner = open_database(cluster.url("load").render_as_string(hide_password=False))
        try:
            services = Services(owner)
            ContentService(owner.session_scope).load_builtin()
            services.accounts.init()
            with tempfile.TemporaryDirectory() as folder:
                password_file = Path(folder) / "password.txt"
                password_file.write_text(PASSWORD + "\n", encoding="utf-8")
                for n in range(clients):
                    services.accounts.add_user(f"editor_{n}", "editor", "KZ", password_file)
            plan = fill(services)
            jobs = [
                (
                    cluster.url("load", user=f"editor_{n}", password=PASSWORD).render_as_string(
                        hide_password=False
                    ),
                    plan,
                    n,
                    seconds,
                )
                for n in range(clients)
            ]
            with multiprocessing.get_context("spawn").Pool(clients) as pool:
                outcomes = pool.map(_client_entry, jobs)
            return outcomes, lost_updates(services, outcomes)
        finally:
            owner.dispose()
    finally:
        cluster.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    single = baseline(args.seconds)
    outcomes, lost = on_server(args.clients, args.seconds)
    merged: dict[str, list[float]] = defaultdict(list)
    for outcome in outcomes:
        for kind, values in outcome.latencies.items():
            merged[kind] += values
    errors = [error for outcome in outcomes for error in outcome.errors]
    conflicts = sum(outcome.conflicts for outcome in outcomes)
    saves = sum(len(tokens) for o in outcomes for tokens in o.saved.values())

    print(f"{args.clients} clients on a PostgreSQL server on 127.0.0.1 for {args.seconds:.0f} s")
    print(
        f"{'operation':<10}{'server n':>10}{'p95 ms':>10}{'sqlite n':>10}{'p95 ms':>10}{'ratio':>8}"
    )
    for kind in ("edit", "mark", "search"):
        server_p95, sqlite_p95 = p95(merged[kind]), p95(single.latencies[kind])
        print(
            f"{kind:<10}{len(merged[kind]):>10}{server_p95:>10.1f}"
            f"{len(single.latencies[kind]):>10}{sqlite_p95:>10.1f}{server_p95 / sqlite_p95:>10.2f}"
        )
    print(f"saves: {saves}, conflicts detected: {conflicts}, lost updates: {lost}")
    print(f"errors: {len(errors)} (baseline: {len(single.errors)})")
    for error in sorted(set(errors + single.errors))[:10]:
        print(f"  {error}")
    for kind in ("edit", "mark", "search"):
        record(f"{kind}, p95 of {args.clients} clients on the server (vs 1 on SQLite)",
               p95(merged[kind]), "ms", baseline=p95(single.latencies[kind]))  # fmt: skip
    record(f"conflicts detected, of {saves} saves", conflicts)
    within = record("lost updates", lost, budget=Budget.at_most(0))
    within &= record("errors (server and baseline)", len(errors) + len(single.errors),
                     budget=Budget.at_most(0))  # fmt: skip
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
