"""The donor report's figures over the large demo (400 workshops, 60,000 registrations, 200,000
marks, 130,000 filled-in sheets), checked against a computation of our own in plain SQL through
the sqlite3 module: none of FigureService's queries are reused here, and the gain is Hake's
formula written out again. The large demo is built once for the module (about 25 s of CPU)."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from jpoa_desktop.model.evaluation import ProgrammeFigures, ReportFilter
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.reports.figures import FigureService
from jpoa_desktop.services.reports.workshop_totals import figures_from

FILTERS = {
    "programme": ReportFilter(),
    "country": ReportFilter(country="KZ"),
    "pillar": ReportFilter(pillar=2),
    "period": ReportFilter(start=date(2015, 1, 1), end=date(2018, 12, 31)),
    "phase and pillar": ReportFilter(phase=3, pillar=4),
}


@pytest.fixture(scope="module")
def large_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("large", today=date(2026, 11, 25))
    db.dispose()
    yield path


def _workshops(con: sqlite3.Connection, report: ReportFilter) -> list[tuple[int, int]]:
    """(id, days) of the workshops the filter keeps, read one by one in Python."""
    roman = {1: "i", 2: "ii", 3: "iii", 4: "iv"}
    tags: dict[int, set[str]] = {}
    for workshop_id, key in con.execute("SELECT workshop_id, item_key FROM workshop_tag"):
        tags.setdefault(workshop_id, set()).add(key)
    kept = []
    for wid, start, end, country, phase in con.execute(
        "SELECT id, start_date, end_date, country, phase_key FROM workshop"
    ):
        first, last = date.fromisoformat(start), date.fromisoformat(end)
        if (report.start and first < report.start) or (report.end and first > report.end):
            continue
        if report.country and country != report.country:
            continue
        if report.phase and phase != f"phase-{report.phase}":
            continue
        if report.pillar:
            area = f"area-{roman[report.pillar]}."
            mine = tags.get(wid, set())
            if f"pillar-{report.pillar}" not in mine and not any(k.startswith(area) for k in mine):
                continue
        kept.append((wid, (last - first).days + 1))
    return kept


def _expected(path: Path, report: ReportFilter) -> dict[str, object]:
    con = sqlite3.connect(path)
    days = dict(_workshops(con, report))
    con.execute("CREATE TEMP TABLE kept (id INTEGER PRIMARY KEY, days INTEGER)")
    con.executemany("INSERT INTO kept VALUES (?, ?)", days.items())
    people = list(
        con.execute(
            """SELECT r.id, r.workshop_id, p.sex, p.country, IFNULL(o.kind, '')
               FROM registration r JOIN kept ON kept.id = r.workshop_id
               JOIN person p ON p.id = r.person_id
               LEFT JOIN organisation o ON o.id = p.organisation_id
               WHERE r.role = 'participant' AND r.status <> 'cancelled'"""
        )
    )
    ids = {row[0] for row in people}
    present = {
        (rid, day)
        for rid, day in con.execute("SELECT registration_id, day FROM attendance")
        if rid in ids
    }
    scores: dict[tuple[int, str], float] = {}
    for rid, kind, score in con.execute(
        """SELECT s.registration_id, f.kind, s.score FROM form_sheet s
           JOIN evaluation_form f ON f.id = s.form_id
           JOIN registration r ON r.id = s.registration_id AND r.workshop_id = f.workshop_id"""
    ):
        if rid in ids and kind in ("pre", "post"):
            scores[(rid, kind)] = score
    satisfaction_items: dict[int, list[int]] = {}
    for form_id, number in con.execute(
        """SELECT i.form_id, i.number FROM form_item i JOIN question q ON q.id = i.question_id
           WHERE q.aspect = 'satisfaction' AND q.kind = 'scale'"""
    ):
        satisfaction_items.setdefault(form_id, []).append(number)
    ratings: Counter[int] = Counter()
    for form_id, rid, answers in con.execute(
        """SELECT s.form_id, s.registration_id, s.answers FROM form_sheet s
           JOIN evaluation_form f ON f.id = s.form_id WHERE f.kind = 'evaluation'"""
    ):
        if rid in ids:
            given = json.loads(answers)
            ratings.update(
                int(given[n - 1]) for n in satisfaction_items.get(form_id, ()) if given[n - 1]
            )
    con.close()
    gains = [
        (scores[(rid, "post")] - scores[(rid, "pre")]) / (1 - scores[(rid, "pre")])
        for rid in ids
        if (rid, "pre") in scores and (rid, "post") in scores and scores[(rid, "pre")] < 1
    ]
    return {
        "workshops": len(days),
        "sex": Counter(row[2] for row in people),
        "country": Counter((row[3], row[2]) for row in people),
        "kind": Counter((row[4], row[2]) for row in people),
        "attendance": len(present) / sum(days[row[1]] for row in people),
        "gain": sum(gains) / len(gains),
        "gains": len(gains),
        "ratings": tuple(ratings[point] for point in range(1, 6)),
    }


def _by(figures: ProgrammeFigures, attribute: str) -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for group in getattr(figures, attribute):
        found[(group.key, "female")] += group.women
        found[(group.key, "male")] += group.men
    return +found


@pytest.mark.parametrize("name", list(FILTERS))
def test_the_figures_agree_with_plain_sql(large_demo: Path, name: str) -> None:
    report = FILTERS[name]
    expected = _expected(large_demo, report)
    db = open_database(str(large_demo))
    try:
        figures = FigureService(db.session_scope).figures(report, "en")
    finally:
        db.dispose()
    assert expected["workshops"] == figures.workshops > 0
    sexes = expected["sex"]
    assert isinstance(sexes, Counter)
    assert (figures.participations.women, figures.participations.men) == (
        sexes["female"],
        sexes["male"],
    )
    assert figures.participations.total == sum(sexes.values()) > 0
    assert _by(figures, "by_country") == +expected["country"]  # type: ignore[operator]
    assert _by(figures, "by_organisation_kind") == +expected["kind"]  # type: ignore[operator]
    assert len(figures.by_organisation_kind) >= 5
    assert figures.attendance_rate == pytest.approx(expected["attendance"], abs=1e-12)
    assert figures.mean_gain is not None
    assert figures.mean_gain.count == expected["gains"]
    assert figures.mean_gain.mean == pytest.approx(expected["gain"], abs=1e-9)
    assert sum(line.participants.total for line in figures.per_workshop) == sum(sexes.values())
    assert figures.satisfaction_counts == expected["ratings"]


def test_the_large_demo_has_realistic_learning_and_satisfaction(large_demo: Path) -> None:
    db = open_database(str(large_demo))
    try:
        figures = FigureService(db.session_scope).figures(ReportFilter(), "ru")
    finally:
        db.dispose()
    assert figures.mean_gain is not None and 0.3 <= figures.mean_gain.mean <= 0.5
    gains = [line.mean_gain for line in figures.per_workshop if line.mean_gain is not None]
    assert max(gains) - min(gains) > 0.2  # workshops teach better or worse
    assert figures.satisfaction is not None and 3.8 <= figures.satisfaction <= 4.6
    counts = figures.satisfaction_counts
    assert counts[3] + counts[4] > 0.7 * sum(counts)  # mostly 4s and 5s
    assert {line.title.split(":")[0] for line in figures.per_workshop} >= {"Семинар"}
    assert not math.isnan(figures.attendance_rate or math.nan)


def test_the_programme_totals_added_up_per_filter_give_each_filter_s_figures(
    large_demo: Path,
) -> None:
    """What the Dashboard does: the programme's totals read once, each filter added up from
    them in Python, gives what the figures read for that filter alone give."""
    db = open_database(str(large_demo))
    try:
        service = FigureService(db.session_scope)
        totals = service.totals()
        some = [w.workshop_id for w in totals.workshops[::97]]
        filters = [
            *FILTERS.values(),
            *(ReportFilter(country=c) for c in ("KG", "TJ", "TM", "UZ")),
            *(ReportFilter(pillar=p) for p in (1, 3)),
            ReportFilter(phase=1),
            ReportFilter(start=date(2026, 1, 1)),
            ReportFilter(country="UZ", phase=2, pillar=1),
            *(ReportFilter(workshop_id=w) for w in some),
        ]
        for report in filters:
            assert figures_from(totals, report, "ru") == service.figures(report, "ru"), report
    finally:
        db.dispose()
    assert len(totals.workshops) == 400
