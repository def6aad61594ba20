"""The demo's tests and evaluations: the small demo's running workshop has its three forms with
the starter bank's questions and only the pre-test answered; the same every time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from jpoa_desktop.db.evaluation_models import EvaluationForm, FormSheet
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.demo.demo import DemoService
from jpoa_desktop.services.library.content import ContentService

TODAY = date(2026, 11, 25)


def _sheets(db: Database) -> list[tuple[object, ...]]:
    """Each sheet's form kind, registration, answers (as a list on either database) and score."""
    query = (
        select(EvaluationForm.kind, FormSheet.registration_id, FormSheet.answers, FormSheet.score)
        .join(EvaluationForm, EvaluationForm.id == FormSheet.form_id)
        .order_by(FormSheet.id)
    )
    with db.session_scope() as session:
        return [tuple(row) for row in session.execute(query)]


def test_the_running_workshop_has_its_pre_test_answered(loaded_db: Database) -> None:
    report = DemoService(loaded_db.session_scope).load("small", today=TODAY)
    with loaded_db.engine.connect() as conn:
        forms: dict[str, int] = dict(
            conn.execute(
                text(
                    "SELECT f.kind, COUNT(i.id) FROM evaluation_form f"
                    " JOIN form_item i ON i.form_id = f.id GROUP BY f.kind"
                )
            ).all()
        )
        sources = set(
            conn.execute(
                text(
                    "SELECT DISTINCT q.source FROM form_item i"
                    " JOIN question q ON q.id = i.question_id"
                )
            ).scalars()
        )
        participants = conn.execute(
            text("SELECT COUNT(*) FROM registration WHERE role = 'participant'")
        ).scalar_one()
    assert forms["pre"] == forms["post"] == 10 and forms["evaluation"] >= 5
    assert sources == {"starter"}
    sheets = _sheets(loaded_db)
    assert report.sheets == len(sheets) and {kind for kind, *_ in sheets} == {"pre"}
    assert 0.75 * participants <= len(sheets) <= participants
    scores = [score for *_, score in sheets]
    assert all(isinstance(s, float) and 0 <= s <= 1 for s in scores)
    assert len(set(scores)) > 3  # people know different amounts


def test_the_demo_answers_are_the_same_every_time(loaded_db: Database, empty_db: Database) -> None:
    ContentService(empty_db.session_scope).load_builtin()
    DemoService(loaded_db.session_scope).load("small", today=TODAY)
    DemoService(empty_db.session_scope).load("small", today=TODAY)
    assert _sheets(loaded_db) == _sheets(empty_db) != []
