"""Forms and filled-in sheets written straight through the ORM, for tests of what is computed
from them (scores, certificate rules). A person's answers are given question by question, so a
shuffled post-test is answered the same way as the pre-test; the sheet's score is marked with
`mark_sheet`, as every writer of a sheet does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from tests.evaluation_rows import Classroom, add_test_questions, classroom

from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, FormSheet, Question
from jpoa_desktop.model.evaluation import ItemKey, mark_sheet
from jpoa_desktop.services.database import Database


@dataclass(frozen=True)
class Form:
    id: int
    questions: tuple[int, ...]  # question ids in printed order


def add_form(
    db: Database,
    workshop_id: int,
    kind: str,
    question_ids: Sequence[int],
    session_keys: Sequence[str] | None = None,
) -> Form:
    """A form of the questions, numbered 1, 2, … in the given order."""
    with db.session_scope() as session:
        form = EvaluationForm(workshop_id=workshop_id, kind=kind, shuffled=kind == "post")
        session.add(form)
        session.flush()
        for number, question_id in enumerate(question_ids, start=1):
            key = session_keys[number - 1] if session_keys else ""
            session.add(
                FormItem(form_id=form.id, number=number, question_id=question_id, session_key=key)
            )
        return Form(form.id, tuple(question_ids))


def answer(db: Database, form: Form, registration_id: int, by_question: dict[int, str]) -> None:
    """Store one person's sheet: the answers to the questions named ("" for a blank), every
    other item left blank."""
    answers = [by_question.get(question, "") for question in form.questions]
    with db.session_scope() as session:
        keys = {
            question_id: ItemKey(kind, correct, aspect)
            for question_id, kind, correct, aspect in session.execute(
                select(Question.id, Question.kind, Question.correct, Question.aspect).where(
                    Question.id.in_(form.questions)
                )
            )
        }
        score, satisfaction = mark_sheet([keys[q] for q in form.questions], answers)
        session.add(
            FormSheet(
                form_id=form.id,
                registration_id=registration_id,
                answers=answers,
                score=score,
                satisfaction=satisfaction,
            )
        )


def post_tested(
    db: Database, letters: Sequence[str | None], present_days: Sequence[int] | None = None
) -> Classroom:
    """The classroom with a post-test of `add_test_questions` (right answers A B C D A B …):
    `letters[i]` is the i-th person's answers, one letter a question, or None for a person who
    did not sit the test. The certificate rule's tests, on screen and on the command line."""
    room = classroom(db, present_days=present_days)
    questions = add_test_questions(db, max(len(row) for row in letters if row is not None))
    post = add_form(db, room.workshop_id, "post", questions)
    for registration, row in zip(room.registration_ids, letters, strict=True):
        if row is not None:
            answer(db, post, registration, dict(zip(questions, row, strict=True)))
    return room


def add_evaluation_questions(db: Database) -> tuple[int, int]:
    """A satisfaction scale question and an open comments question: (scale id, open id)."""
    with db.session_scope() as session:
        scale = Question(
            purpose="evaluation",
            kind="scale",
            aspect="satisfaction",
            texts={"en": "How satisfied are you?"},
        )
        comments = Question(
            purpose="evaluation", kind="open", aspect="comments", texts={"en": "Comments?"}
        )
        session.add_all([scale, comments])
        session.flush()
        return scale.id, comments.id
