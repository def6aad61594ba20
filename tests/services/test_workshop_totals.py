"""The programme's figures added up from every workshop's totals (what the Dashboard does on each
change of a filter) against the figures read for the filter alone, on three workshops built in
the test: two countries, phases and pillars, a person at two workshops, a facilitator and a
cancelled registration left out, and a workshop nobody came to."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from tests.evaluation_rows import add_test_questions, classroom

from jpoa_desktop.db.workshop_models import Registration, Workshop, WorkshopTag
from jpoa_desktop.model.evaluation import ReportFilter, hake_gain, mean_interval
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService
from jpoa_desktop.services.evaluation.responses import ResponseService
from jpoa_desktop.services.reports.figures import FigureService
from jpoa_desktop.services.reports.workshop_totals import (
    Moments,
    figures_from,
    interval,
    pillars_of,
)
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

WRONG = {"A": "B", "B": "C", "C": "D", "D": "A"}
AUTUMN = date(2025, 10, 6)
OTHERS = (
    ("Абдуллаева", "Гулнора", "female"),
    ("Сариев", "Бакыт", "male"),
    ("Nazarova", "Madina", "female"),
)


@dataclass(frozen=True)
class Programme:
    spring: int  # Bishkek, phase 1, area ii.3: five people, pre and post tests
    autumn: int  # Almaty, phase 2, pillar 4: three people and one from spring, three days
    empty: int  # Dushanbe, nobody came
    gains: tuple[float, ...]  # every participant's defined gain, worked out here


def _set_up(db: Database, workshop_id: int, tags: list[str], **columns: object) -> None:
    with db.session_scope() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        for name, value in columns.items():
            setattr(workshop, name, value)
        for key in tags:
            session.add(WorkshopTag(workshop_id=workshop_id, item_key=key))


def _tested(
    db: Database, workshop_id: int, registrations: list[int], right: list[tuple[int, int]]
) -> list[float]:
    """Pre and post tests of four questions, person i right on right[i] = (before, after)."""
    forms, answers = FormService(db.session_scope), ResponseService(db.session_scope)
    pre = forms.create(workshop_id, "pre", questions=4, pillars=[1], seed=3)
    post = forms.create(workshop_id, "post", shuffle=True, seed=4)
    gains = []
    for registration, (before, after) in zip(registrations, right, strict=True):
        for form, count in ((pre, before), (post, after)):
            row = {i.number: i.correct if n < count else WRONG[i.correct]
                   for n, i in enumerate(form.items)}  # fmt: skip
            answers.save_answers(form.id, registration, row)
        gain = hake_gain(before / 4, after / 4)
        if gain is not None:
            gains.append(gain)
    return gains


@pytest.fixture
def programme(empty_db: Database) -> Programme:
    add_test_questions(empty_db, 4)
    spring = classroom(empty_db, present_days=(2, 2, 1, 0, 1))
    _set_up(empty_db, spring.workshop_id, ["area-ii.3"], country="KG", phase_key="phase-1")
    autumn = classroom(empty_db, names=OTHERS, days=3, present_days=(3, 1, 0))
    _set_up(
        empty_db,
        autumn.workshop_id,
        ["pillar-4"],
        country="KZ",
        phase_key="phase-2",
        start_date=AUTUMN,
        end_date=AUTUMN + timedelta(days=2),
    )
    workshops = WorkshopService(empty_db.session_scope)
    with empty_db.session_scope() as session:
        person_of = dict(session.query(Registration.id, Registration.person_id).all())
    people = [person_of[registration] for registration in spring.registration_ids]
    workshops.register(autumn.workshop_id, people[0], status="confirmed")  # at both workshops
    workshops.register(autumn.workshop_id, people[1], role="facilitator", status="confirmed")
    workshops.register(autumn.workshop_id, people[2], status="cancelled")
    with empty_db.session_scope() as session:
        again = session.query(Registration.id).filter_by(
            workshop_id=autumn.workshop_id, person_id=people[0]
        )
        autumn_ids = [*autumn.registration_ids, again.scalar()]
    may_day = date(2024, 5, 1)
    empty = workshops.create(
        WorkshopInput(titles={"en": "Nobody came"}, start=may_day, end=may_day, country="TJ")
    )
    gains = _tested(empty_db, spring.workshop_id, list(spring.registration_ids[:4]),
                    [(1, 3), (4, 4), (0, 2), (2, 2)])  # fmt: skip
    gains += _tested(empty_db, autumn.workshop_id, autumn_ids, [(2, 4), (1, 1), (3, 4), (0, 3)])
    return Programme(spring.workshop_id, autumn.workshop_id, empty, tuple(gains))


def test_the_totals_added_up_per_filter_give_the_figures_read_for_that_filter(
    empty_db: Database, programme: Programme
) -> None:
    service = FigureService(empty_db.session_scope)
    totals = service.totals()
    assert [w.workshop_id for w in totals.workshops] == [
        programme.empty, programme.autumn, programme.spring]  # fmt: skip
    filters = [
        ReportFilter(),
        *(ReportFilter(country=c) for c in ("KG", "KZ", "TJ", "UZ")),
        *(ReportFilter(pillar=p) for p in (1, 2, 3, 4)),
        *(ReportFilter(phase=p) for p in (1, 2, 3)),
        ReportFilter(start=AUTUMN),
        ReportFilter(end=AUTUMN),
        ReportFilter(start=date(2024, 1, 1), end=date(2025, 12, 31)),
        ReportFilter(country="KZ", pillar=4, phase=2),
        ReportFilter(country="KG", pillar=4),
        *(ReportFilter(workshop_id=w) for w in (programme.spring, programme.autumn, 999)),
        ReportFilter(workshop_id=programme.empty, country="TJ"),
    ]
    for report in filters:
        for language in ("en", "ru"):
            assert figures_from(totals, report, language) == service.figures(report, language)
    kept = [figures_from(totals, report, "en").workshops for report in filters]
    assert kept[:5] == [3, 1, 1, 1, 0] and kept[6:9] == [1, 0, 1]


def test_people_at_two_workshops_are_counted_once_and_others_not_at_all(
    empty_db: Database, programme: Programme
) -> None:
    figures = figures_from(FigureService(empty_db.session_scope).totals(), ReportFilter(), "en")
    participations = figures.participations
    assert (participations.women, participations.men, participations.total) == (5, 4, 9)
    people = figures.people
    assert (people.women, people.men, people.total) == (5, 3, 8)  # Фарҳод came twice
    assert [(group.key, group.total) for group in figures.by_country] == [("KG", 9)]
    autumn = next(line for line in figures.per_workshop if line.workshop_id == programme.autumn)
    assert autumn.participants.total == 4  # not the facilitator, not the cancelled
    assert autumn.attendance_rate == pytest.approx(4 / 12)  # Фарҳод was not marked at autumn's
    assert figures.attendance_rate == pytest.approx((6 + 4) / (10 + 12))
    nobody = next(line for line in figures.per_workshop if line.workshop_id == programme.empty)
    assert nobody.participants.total == 0 and nobody.attendance_rate is None
    assert nobody.mean_gain is None and nobody.mean_pre is None


def test_the_mean_gain_and_its_interval_follow_from_the_sums(
    empty_db: Database, programme: Programme
) -> None:
    figures = figures_from(FigureService(empty_db.session_scope).totals(), ReportFilter(), "en")
    expected = mean_interval(programme.gains)
    assert expected is not None and figures.mean_gain is not None
    assert figures.mean_gain.count == expected.count == 7
    assert figures.mean_gain.mean == pytest.approx(expected.mean, abs=1e-12)
    assert figures.mean_gain.low == pytest.approx(expected.low, abs=1e-9)
    assert figures.mean_gain.high == pytest.approx(expected.high, abs=1e-9)


def test_an_interval_from_parts_is_the_interval_of_all_their_values() -> None:
    chance = random.Random(16)
    for size in (1, 2, 3, 40, 2000):
        values = [chance.uniform(-0.5, 1.0) for _ in range(size)]
        cuts = sorted(chance.sample(range(size + 1), min(size + 1, 5)))
        parts = [Moments.of(values[a:b]) for a, b in zip([0, *cuts], [*cuts, size], strict=True)]
        found, expected = interval(parts), mean_interval(values)
        assert found is not None and expected is not None and found.count == size
        assert found.mean == pytest.approx(expected.mean, abs=1e-12)
        for side in ("low", "high"):
            assert getattr(found, side) == pytest.approx(getattr(expected, side), abs=1e-9)
    assert interval([Moments(), Moments()]) is None
    same = interval([Moments.of([0.5, 0.5]), Moments.of([0.5])])
    assert same is not None and same.low == same.high == pytest.approx(0.5)  # no variance


def test_a_workshop_s_pillars_are_its_pillar_tags_and_its_areas_pillars() -> None:
    assert pillars_of(["pillar-2", "area-iii.1", "AREA-IV.2", "area-i.3"]) == {1, 2, 3, 4}
    assert pillars_of(["area-ii.3"]) == {2}  # not pillar 1: "area-i." is not its start
    assert pillars_of(["pillar-02", "Pillar-3", "area-v.1", "area-ii", "tag"]) == frozenset()
