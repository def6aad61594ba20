"""The question bank: the questions a trainer draws pre-tests, post-tests and evaluation forms
from, listed, added, edited and taken out of use.

A question that a workshop's form holds is never deleted, only retired: the printed forms and
the answers entered against them still point at it, and last year's scores must not change. A
starter question is retired rather than deleted too, so that the next start (which adds any
starter question missing by its fixed uuid) does not bring it back. A question nobody used may
be deleted outright (the editor's undo of an "add").

Banks hold hundreds of questions, not tens of thousands, so the text search runs in Python over
every language of the texts and options, which SQL over JSON columns could not do portably.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.evaluation_models import FormItem, Question
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.evaluation.question_rules import (
    ROMAN,
    QuestionInput,
    QuestionView,
    checked_question,
    pillar_of,
)
from jpoa_desktop.services.library.starter_questions import STARTER, add_starter_questions


@dataclass(frozen=True)
class QuestionFilter:
    """What the bank's list shows; empty values filter nothing."""

    item_key: str = ""  # a pillar's key matches its areas too ("pillar-2" → "area-ii.3")
    purpose: str = ""
    kind: str = ""
    tag: str = ""
    search: str = ""  # in any language of the texts, options and tags
    include_retired: bool = False


def question_or_error(session: Session, question_id: int) -> Question:
    question = session.get(Question, question_id)
    if question is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no question with id {id}."), id=question_id
        )
    return question


def used_question_ids(session: Session) -> set[int]:
    return set(session.scalars(select(FormItem.question_id).distinct()))


def view_of(question: Question, used: bool) -> QuestionView:
    return QuestionView(
        id=question.id, uuid=question.uuid, texts=dict(question.texts or {}),
        kind=question.kind, purpose=question.purpose, item_key=question.item_key,
        aspect=question.aspect, options=tuple(dict(o) for o in question.options or ()),
        correct=question.correct, tags=tuple(question.tags or ()), source=question.source,
        retired=question.retired, used=used, pillar=pillar_of(question.item_key),
    )  # fmt: skip


def stored_values(checked: QuestionInput) -> dict[str, object]:
    """A checked question's columns as the row stores them."""
    return {
        "texts": dict(checked.texts),
        "kind": checked.kind,
        "purpose": checked.purpose,
        "item_key": checked.item_key,
        "aspect": checked.aspect,
        "options": [dict(option) for option in checked.options],
        "correct": checked.correct,
        "tags": list(checked.tags),
    }


def differs(question: Question, checked: QuestionInput) -> bool:
    return any(getattr(question, n) != v for n, v in stored_values(checked).items())


def write_question(question: Question, checked: QuestionInput) -> bool:
    """Set the row's columns to a checked input; whether anything changed."""
    changed = False
    for name, value in stored_values(checked).items():
        if getattr(question, name) != value:
            setattr(question, name, value)
            changed = True
    return changed


def _filtered(query: Select[Question], wanted: QuestionFilter) -> Select[Question]:
    if not wanted.include_retired:
        query = query.where(Question.retired.is_(False))
    if wanted.purpose:
        query = query.where(Question.purpose == wanted.purpose)
    if wanted.kind:
        query = query.where(Question.kind == wanted.kind)
    key = wanted.item_key.strip().lower()
    pillar = pillar_of(key)
    if key.startswith("pillar-") and pillar is not None:
        area = f"area-{ROMAN[pillar - 1]}.%"
        query = query.where(or_(Question.item_key == key, Question.item_key.like(area)))
    elif key:
        query = query.where(Question.item_key == key)
    return query


def marking_changes(row: Question, checked: QuestionInput) -> bool:
    """Whether an edit would change how the answers already entered are marked."""
    return (row.kind, row.correct, len(row.options or ())) != (
        checked.kind,
        checked.correct,
        len(checked.options),
    )


def _searchable(question: Question) -> str:
    parts: list[str] = list((question.texts or {}).values())
    for option in question.options or ():
        parts.extend(option.values())
    parts.extend(question.tags or ())
    return "\n".join(parts).casefold()


def _matches(text: str, words: list[str]) -> bool:
    return all(word in text for word in words)


def _sort_key(question: Question) -> tuple[int, bool, int, str, int]:
    """A pillar's own questions, then its areas' in order (II.2 before II.10)."""
    key = question.item_key
    return (pillar_of(key) or 9, key.startswith("area-"), len(key), key, question.id)


class QuestionBankService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def questions(self, wanted: QuestionFilter | None = None) -> list[QuestionView]:
        """The bank by pillar, then area, then the order the questions were added."""
        wanted = wanted or QuestionFilter()
        words = wanted.search.casefold().split()
        tag = wanted.tag.strip().casefold()
        with self._scope() as session:
            used = used_question_ids(session)
            rows = session.scalars(_filtered(select(Question), wanted)).all()
            found = [
                row
                for row in rows
                if (not tag or tag in (t.casefold() for t in row.tags or ()))
                and (not words or _matches(_searchable(row), words))
            ]
            return [view_of(row, row.id in used) for row in sorted(found, key=_sort_key)]

    def question(self, question_id: int) -> QuestionView:
        with self._scope() as session:
            row = question_or_error(session, question_id)
            return view_of(row, row.id in used_question_ids(session))

    def tags(self) -> list[str]:
        """Every tag in use, for the filter's list."""
        with self._scope() as session:
            found = {tag for tags in session.scalars(select(Question.tags)) for tag in tags or ()}
        return sorted(found, key=str.casefold)

    def add(self, question: QuestionInput, uuid: str | None = None) -> int:
        """Add a checked question; `uuid` given when the question comes back (undo, a file)."""
        checked = checked_question(question)
        with self._scope() as session:
            row = Question(source="")
            if uuid:
                row.uuid = uuid
            write_question(row, checked)
            session.add(row)
            session.flush()
            return row.id

    def update(self, question_id: int, question: QuestionInput) -> QuestionView:
        checked = checked_question(question)
        with self._scope() as session:
            row = question_or_error(session, question_id)
            used = row.id in used_question_ids(session)
            if used and marking_changes(row, checked):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This question is on a workshop's form: its kind, options and right "
                        "answer stay as they were marked; duplicate it to ask it otherwise.",
                    )
                )
            write_question(row, checked)
            session.flush()
            return view_of(row, used)

    def set_retired(self, question_id: int, retired: bool) -> None:
        """Take a question out of the bank's list (and of new forms), or bring it back."""
        with self._scope() as session:
            question_or_error(session, question_id).retired = retired

    def delete(self, question_id: int) -> None:
        """Delete a question no form holds and the app did not ship; others are retired."""
        with self._scope() as session:
            row = question_or_error(session, question_id)
            if row.id in used_question_ids(session) or row.source == STARTER:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This question is on a workshop's form or came with the app; "
                        "retire it instead of deleting it.",
                    )
                )
            session.delete(row)

    def load_starter(self) -> int:
        """Add the starter questions this database lacks; how many were added."""
        with self._scope() as session:
            return add_starter_questions(session)
