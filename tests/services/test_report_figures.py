"""FigureService on a workshop built in the test: the figures worked out by hand, an evaluation
form with two satisfaction questions counted answer by answer, and the filters that leave the
workshop out."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import update
from tests.evaluation_rows import add_test_questions, classroom

from jpoa_desktop.db.engine import lock_for_writing
from jpoa_desktop.db.evaluation_models import Question
from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.model.evaluation import ReportFilter
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService
from jpoa_desktop.services.evaluation.responses import ResponseService
from jpoa_desktop.services.reports.figures import FigureService

WRONG = {"A": "B", "B": "C", "C": "D", "D": "A"}


@pytest.fixture
def workshop(empty_db: Database) -> int:
    """Person 1: 1/4 then 3/4 (g = 2/3); person 2: 4/4 then 4/4 (no gain); person 3: 0/4 then
    2/4 (g = 1/2). Satisfaction: person 1 gives 5 and 4, person 2 gives 3 and blank."""
    add_test_questions(empty_db, 4)
    with empty_db.session_scope() as session:
        for text in ("Overall satisfied?", "Would you come again?"):
            session.add(Question(purpose="evaluation", kind="scale", aspect="satisfaction",
                                 texts={"en": text}))  # fmt: skip
    room = classroom(empty_db, present_days=(2, 2, 1, 0, 1))
    forms, answers = FormService(empty_db.session_scope), ResponseService(empty_db.session_scope)
    pre = forms.create(room.workshop_id, "pre", questions=4, pillars=[1], seed=5)
    post = forms.create(room.workshop_id, "post", shuffle=True, seed=6)
    evaluation = forms.create(room.workshop_id, "evaluation")
    for person, (before, after) in enumerate(((1, 3), (4, 4), (0, 2))):
        for form, right in ((pre, before), (post, after)):
            row = {i.number: i.correct if n < right else WRONG[i.correct]
                   for n, i in enumerate(form.items)}  # fmt: skip
            answers.save_answers(form.id, room.registration_ids[person], row)
    numbers = [item.number for item in evaluation.items]
    answers.save_answers(
        evaluation.id, room.registration_ids[0], dict(zip(numbers, "54", strict=True))
    )
    answers.save_answers(
        evaluation.id, room.registration_ids[1], dict(zip(numbers, ["3", ""], strict=True))
    )
    return room.workshop_id


def test_the_figures_of_a_workshop_match_the_hand_computation(
    empty_db: Database, workshop: int
) -> None:
    figures = FigureService(empty_db.session_scope).figures(ReportFilter(), "ru")
    assert figures.workshops == 1
    counts = figures.participations
    assert (counts.women, counts.men, counts.not_stated) == (3, 2, 0)
    assert figures.people.total == 5
    assert [(c.key, c.women, c.men) for c in figures.by_country] == [("KG", 3, 2)]
    assert figures.share_of_women == pytest.approx(0.6)
    assert figures.attendance_rate == pytest.approx(6 / 10)
    assert figures.mean_gain is not None
    assert figures.mean_gain.count == 2
    assert figures.mean_gain.mean == pytest.approx((2 / 3 + 1 / 2) / 2)
    assert figures.satisfaction_counts == (0, 0, 1, 1, 1)
    assert figures.satisfaction == pytest.approx((4.5 + 3) / 2)  # the mean of each person's
    (line,) = figures.per_workshop
    assert line.title == "Управление границами"
    assert line.mean_pre == pytest.approx(5 / 12)
    assert line.mean_post == pytest.approx(9 / 12)
    assert line.gain_count == 2


@pytest.mark.parametrize(
    "report",
    [
        ReportFilter(country="KZ"),
        ReportFilter(pillar=2),
        ReportFilter(phase=1),
        ReportFilter(start=date(2026, 4, 1)),
        ReportFilter(end=date(2026, 3, 1)),
        ReportFilter(workshop_id=999),
    ],
)
def test_a_filter_that_leaves_the_workshop_out_gives_empty_figures(
    empty_db: Database, workshop: int, report: ReportFilter
) -> None:
    figures = FigureService(empty_db.session_scope).figures(report, "en")
    assert (figures.workshops, figures.participations.total) == (0, 0)
    assert figures.attendance_rate is None and figures.mean_gain is None
    assert figures.satisfaction is None and figures.satisfaction_counts == (0, 0, 0, 0, 0)


def test_the_figures_do_not_wait_for_a_writer(empty_db: Database, workshop: int) -> None:
    """The dashboard refreshes while the check-in desk writes: reading the figures must not
    queue behind another connection's write transaction (SQLite's write lock, the server's
    advisory lock and a row being changed)."""
    locked, release = threading.Event(), threading.Event()

    def write() -> None:
        with empty_db.session_scope() as session:
            lock_for_writing(session)
            session.execute(update(Workshop).values(venue="Hall B"))
            locked.set()
            release.wait(5.0)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert locked.wait(30.0)
        started = time.perf_counter()
        figures = FigureService(empty_db.session_scope).figures(ReportFilter(), "en")
        waited = time.perf_counter() - started
    finally:
        release.set()
        writer.join()
    assert figures.participations.total == 5
    assert waited < 2.5
