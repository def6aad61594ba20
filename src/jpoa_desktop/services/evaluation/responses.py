"""The answers typed in from the filled-in forms: one row per participant, saved a row at once.

A person's row is written whole: once any of their answers is given, every other item of the
form is stored as "" (left blank, so it counts as wrong rather than missing), and a row emptied
again removes the person from the form, as if they had not taken it. Every answer is read the
one way `model/evaluation.normalise_answer` reads it, so the grid, an imported sheet and the CLI
store the same "B" for "b", "в" or "2"; an answer that fits no reading is refused with what the
item allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormSheet
from jpoa_desktop.db.models import utc_now
from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.evaluation import (
    SCALE_POINTS,
    is_correct,
    mark_sheet,
    normalise_answer,
    option_letters,
)
from jpoa_desktop.services.evaluation.forms import (
    FormItemView,
    FormView,
    form_or_error,
    form_view,
    remove_sheet,
)
from jpoa_desktop.services.workshops.workshop_rows import registration_views

Answers = dict[int, str]  # item number → answer


@dataclass(frozen=True)
class GridRow:
    registration_id: int
    code: str
    name: str
    answers: Answers  # stored answers by item number; empty when the person has none


def participant_rows(session: Session, workshop_id: int) -> list[tuple[int, str, str]]:
    """(registration id, badge code, name) of the workshop's participants, by name."""
    views = registration_views(
        session,
        Registration.workshop_id == workshop_id,
        Registration.role == "participant",
        Registration.status != "cancelled",
    )
    return [(view.id, view.badge_code, view.name) for view in views]


def checked_answer(item: FormItemView, text: str) -> str:
    """The answer as stored, or a refusal naming the item and what it takes."""
    stored = normalise_answer(item.kind, text, item.option_count)
    if stored is not None:
        return stored
    letters = ", ".join(option_letters(item.option_count))
    if item.kind == "single":
        template = QT_TRANSLATE_NOOP(
            "Errors", "Item {number}: “{answer}” is not an answer; type one of {letters}."
        )
    elif item.kind == "multiple":
        template = QT_TRANSLATE_NOOP(
            "Errors", "Item {number}: “{answer}” is not an answer; type letters among {letters}."
        )
    elif item.kind == "truefalse":
        template = QT_TRANSLATE_NOOP(
            "Errors", "Item {number}: “{answer}” is not an answer; type T (true) or F (false)."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Item {number}: “{answer}” is not an answer; type a number from 1 to {points}.",
        )
    raise ValidationError(
        template, number=item.number, answer=text.strip(), letters=letters, points=SCALE_POINTS
    )


def checked_row(form: FormView, answers: Mapping[int, str]) -> Answers:
    """Every item's stored answer ("" where none was given), or {} for a row with no answer."""
    row: Answers = {}
    for number, text in answers.items():
        item = form.item(number)
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {number} is not on this form; it has items 1 to {count}."
                ),
                number=number,
                count=len(form.items),
            )
        row[number] = checked_answer(item, text)
    if not any(row.values()):
        return {}
    return {item.number: row.get(item.number, "") for item in form.items}


def write_row(session: Session, form: FormView, registration_id: int, row: Answers) -> None:
    """Replace the person's sheet on the form by `row` (a checked row; {} removes the sheet),
    marked as it is written so that reports read its score and satisfaction as they are."""
    if not row:
        remove_sheet(session, form.id, registration_id)
        return
    answers = [row.get(item.number, "") for item in form.items]
    score, satisfaction = mark_sheet(form.keys(), answers)
    sheet = session.scalar(
        select(FormSheet).where(
            FormSheet.form_id == form.id, FormSheet.registration_id == registration_id
        )
    )
    if sheet is None:
        sheet = FormSheet(form_id=form.id, registration_id=registration_id)
        session.add(sheet)
    elif sheet.answers == answers:
        return
    sheet.answers = answers
    sheet.score = score
    sheet.satisfaction = satisfaction
    sheet.entered_at = utc_now()


def row_score(form: FormView, answers: Mapping[int, str]) -> tuple[int, int]:
    """(right answers, scored items) of one row; blank counts as wrong."""
    right = total = 0
    for item in form.items:
        verdict = is_correct(item.kind, answers.get(item.number, ""), item.correct)
        if verdict is not None:
            total += 1
            right += verdict
    return right, total


def stored_answers(session: Session, form: FormView) -> dict[int, Answers]:
    """Every sheet on the form: registration id → item number → answer."""
    numbers = [item.number for item in form.items]
    sheets = session.execute(
        select(FormSheet.registration_id, FormSheet.answers).where(FormSheet.form_id == form.id)
    )
    return {
        registration_id: dict(zip(numbers, answers, strict=False))
        for registration_id, answers in sheets
    }


class ResponseService:
    """Each call is one transaction."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def grid(self, form_id: int) -> tuple[GridRow, ...]:
        """A row for every participant (role participant, not cancelled), by name."""
        with self._scope() as session:
            form = form_view(form_or_error(session, form_id))
            answers = stored_answers(session, form)
            return tuple(
                GridRow(registration_id, code, name, answers.get(registration_id, {}))
                for registration_id, code, name in participant_rows(session, form.workshop_id)
            )

    def save_answers(
        self, form_id: int, registration_id: int, answers: Mapping[int, str]
    ) -> Answers:
        """Store the person's whole row; the row as stored ({} when it was emptied)."""
        with self._scope() as session:
            form = form_view(form_or_error(session, form_id))
            _participant_or_error(session, form_id, registration_id)
            row = checked_row(form, answers)
            write_row(session, form, registration_id, row)
            return row

    def clear(self, form_id: int, registration_id: int) -> None:
        self.save_answers(form_id, registration_id, {})


def _participant_or_error(session: Session, form_id: int, registration_id: int) -> None:
    workshop_id = session.scalar(
        select(EvaluationForm.workshop_id).where(EvaluationForm.id == form_id)
    )
    registration = session.get(Registration, registration_id)
    if (
        registration is None
        or registration.workshop_id != workshop_id
        or registration.role != "participant"
        or registration.status == "cancelled"
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Registration {id} is not a participant of this form's workshop."
            ),
            id=registration_id,
        )
