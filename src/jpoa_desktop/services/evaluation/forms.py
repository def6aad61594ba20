"""A workshop's forms: the pre-test, the post-test and the evaluation, made from the bank.

A pre-test draws its questions from the pillars the workshop covers, spread evenly so that a
workshop on two pillars is tested on both, and a seed makes the draw repeatable (the CLI and a
test get the same form twice). A post-test asks the pre-test's very questions, so that a gain
compares like with like; shuffled, the numbers change and the questions do not. An evaluation
form asks the bank's evaluation questions, and per session it asks the scale aspects again for
every agenda session. A form already answered is never replaced behind the trainer's back: it
must be deleted first, answers and all, on purpose.

A pre-test made again while a post-test asks its questions takes the post-test with it, in the
same transaction, so the two still ask the same questions (the post-test keeps its shuffle
setting); when that post-test has answers, the pre-test is refused instead, since those answers
would no longer be to the pre-test's questions.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session, selectinload

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, FormSheet, Question
from jpoa_desktop.db.workshop_models import WorkshopTag, workshop_or_error
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.evaluation import ASPECTS, FORM_KINDS, ItemKey

DEFAULT_QUESTIONS = 10
PILLARS = (1, 2, 3, 4)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class FormItemView:
    id: int
    number: int
    question_id: int
    kind: str
    correct: str
    option_count: int
    texts: dict[str, str]
    options: tuple[dict[str, str], ...]
    session_key: str
    aspect: str


@dataclass(frozen=True)
class FormView:
    id: int
    workshop_id: int
    kind: str
    shuffled: bool
    per_session: bool
    items: tuple[FormItemView, ...]

    def item(self, number: int) -> FormItemView | None:
        return next((item for item in self.items if item.number == number), None)

    def keys(self) -> tuple[ItemKey, ...]:
        """What marking a sheet needs of each item, in item order."""
        return tuple(ItemKey(item.kind, item.correct, item.aspect) for item in self.items)


def pillar_of(item_key: str) -> int | None:
    """1–4 for "pillar-N" and for an area "area-<roman N>.x"; None for anything else."""
    if item_key.startswith("pillar-") and item_key[7:].isdigit():
        number = int(item_key[7:])
        return number if number in PILLARS else None
    if item_key.startswith("area-"):
        return _ROMAN.get(item_key[5:].partition(".")[0])
    return None


def form_view(form: EvaluationForm) -> FormView:
    return FormView(
        id=form.id,
        workshop_id=form.workshop_id,
        kind=form.kind,
        shuffled=form.shuffled,
        per_session=form.per_session,
        items=tuple(
            FormItemView(
                id=item.id,
                number=item.number,
                question_id=item.question_id,
                kind=item.question.kind,
                correct=item.question.correct,
                option_count=len(item.question.options),
                texts=dict(item.question.texts),
                options=tuple(dict(option) for option in item.question.options),
                session_key=item.session_key,
                aspect=item.question.aspect,
            )
            for item in form.items
        ),
    )


# A form is always read with its items and their questions in two more queries, not one query
# per item: the entry grid reads the form at every key typed.
_WITH_ITEMS = (selectinload(EvaluationForm.items).selectinload(FormItem.question),)


def form_or_error(session: Session, form_id: int) -> EvaluationForm:
    form = session.get(EvaluationForm, form_id, options=_WITH_ITEMS)
    if form is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no form with id {id}."), id=form_id
        )
    return form


def has_answers(session: Session, form_id: int) -> bool:
    return bool(session.scalar(select(exists().where(FormSheet.form_id == form_id))))


def _post_answered_refusal() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The post-test asks this pre-test's questions and already has answers, so the "
            "pre-test cannot be made again: its new questions would not match those answers. "
            "Delete the post-test with its answers first, or keep this pre-test.",
        )
    )


def _answered_refusal() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This form already has answers; delete the form with its answers first, "
            "then create it again.",
        )
    )


class FormService:
    """Each call is one transaction."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def form(self, workshop_id: int, kind: str) -> FormView | None:
        with self._scope() as session:
            form = _form_of(session, workshop_id, kind)
            return None if form is None else form_view(form)

    def get(self, form_id: int) -> FormView:
        with self._scope() as session:
            return form_view(form_or_error(session, form_id))

    def delete(self, form_id: int, force: bool = False) -> None:
        """Remove a form; one with answers only when `force` (its answers go with it)."""
        with self._scope() as session:
            form = form_or_error(session, form_id)
            if has_answers(session, form_id) and not force:
                raise _answered_refusal()
            session.delete(form)

    def create(
        self,
        workshop_id: int,
        kind: str,
        questions: int | None = None,
        pillars: Sequence[int] = (),
        shuffle: bool = False,
        per_session: bool = False,
        reuse_pre: bool = True,
        seed: int | None = None,
    ) -> FormView:
        """Make the workshop's form of `kind`, replacing one that has no answers yet (a
        pre-test replaced takes along the post-test that asks its questions: see above)."""
        _check_choices(kind, questions, pillars)
        draw = random.Random(seed)
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            old = _form_of(session, workshop_id, kind)
            follower = _post_asking(session, old) if kind == "pre" and old is not None else None
            if old is not None:
                if has_answers(session, old.id):
                    raise _answered_refusal()
                if follower is not None and has_answers(session, follower.id):
                    raise _post_answered_refusal()
                session.delete(old)
                session.flush()
            if kind == "evaluation":
                chosen = _evaluation_items(session, workshop_id, per_session)
            else:
                pre = _form_of(session, workshop_id, "pre") if kind == "post" else None
                if pre is not None and pre.items and reuse_pre:
                    chosen = [(item.question_id, "") for item in pre.items]
                else:
                    wanted = pillars or _workshop_pillars(session, workshop_id)
                    count = DEFAULT_QUESTIONS if questions is None else questions
                    chosen = [(q, "") for q in _drawn(session, wanted, count, draw)]
                if shuffle:
                    draw.shuffle(chosen)
            form = _add_form(
                session,
                EvaluationForm(
                    workshop_id=workshop_id,
                    kind=kind,
                    shuffled=shuffle and kind != "evaluation",
                    per_session=per_session and kind == "evaluation",
                ),
                chosen,
            )
            if follower is not None:  # the post-test asks the new pre-test's questions
                again = [(item.question_id, "") for item in form.items]
                shuffled = follower.shuffled
                if shuffled:
                    draw.shuffle(again)
                session.delete(follower)
                session.flush()
                post = EvaluationForm(workshop_id=workshop_id, kind="post", shuffled=shuffled)
                _add_form(session, post, again)
            return form_view(form)


def _add_form(
    session: Session, form: EvaluationForm, chosen: Sequence[tuple[int, str]]
) -> EvaluationForm:
    """Store `form` with `chosen` (question, session key) as its items, numbered from 1."""
    session.add(form)
    session.flush()
    for number, (question_id, session_key) in enumerate(chosen, 1):
        session.add(
            FormItem(
                form_id=form.id, number=number, question_id=question_id, session_key=session_key
            )
        )
    session.flush()
    session.refresh(form)
    return form


def _post_asking(session: Session, pre: EvaluationForm) -> EvaluationForm | None:
    """The workshop's post-test when it asks exactly `pre`'s questions (made from it), else
    None: a post-test drawn on its own is left as it is."""
    post = _form_of(session, pre.workshop_id, "post")
    asked = {item.question_id for item in pre.items}
    if post is None or not asked or {item.question_id for item in post.items} != asked:
        return None
    return post


def _check_choices(kind: str, questions: int | None, pillars: Sequence[int]) -> None:
    if kind not in FORM_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{kind}” is not a kind of form; use {kinds}."),
            kind=kind,
            kinds=", ".join(FORM_KINDS),
        )
    if questions is not None and questions < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A test needs at least one question, not {count}."),
            count=questions,
        )
    for pillar in pillars:
        if pillar not in PILLARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no pillar {pillar}; the pillars are 1 to 4."),
                pillar=pillar,
            )


def _form_of(session: Session, workshop_id: int, kind: str) -> EvaluationForm | None:
    return session.scalar(
        select(EvaluationForm)
        .where(EvaluationForm.workshop_id == workshop_id, EvaluationForm.kind == kind)
        .options(*_WITH_ITEMS)
    )


def _workshop_pillars(session: Session, workshop_id: int) -> tuple[int, ...]:
    """The pillars the workshop's tags name (directly or through an area); none when untagged."""
    keys = session.scalars(
        select(WorkshopTag.item_key).where(WorkshopTag.workshop_id == workshop_id)
    )
    return tuple(sorted({p for key in keys if (p := pillar_of(key)) is not None}))


def _drawn(session: Session, pillars: Sequence[int], count: int, draw: random.Random) -> list[int]:
    """`count` test questions, taken in turn from each pillar's shuffled questions, so the
    pillars are asked about as evenly as the bank allows; printed grouped by pillar."""
    rows = session.execute(
        select(Question.id, Question.item_key)
        .where(Question.purpose == "test", Question.retired.is_(False))
        .order_by(Question.id)
    ).all()
    wanted = set(pillars)
    by_pillar: dict[int, list[int]] = {}
    for question_id, item_key in rows:
        pillar = pillar_of(item_key) or 0
        if not wanted or pillar in wanted:
            by_pillar.setdefault(pillar, []).append(question_id)
    if not by_pillar:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The question bank has no test questions for pillars {pillars}."
            ),
            pillars=", ".join(str(p) for p in sorted(wanted)) or "1–4",
        )
    queues = [by_pillar[p] for p in sorted(by_pillar)]
    for queue in queues:
        draw.shuffle(queue)
    taken: list[tuple[int, int]] = []  # (pillar's place, question)
    while len(taken) < count and any(queues):
        for place, queue in enumerate(queues):
            if queue and len(taken) < count:
                taken.append((place, queue.pop()))
    return [question for _place, question in sorted(taken, key=lambda pair: pair[0])]


def _evaluation_items(
    session: Session, workshop_id: int, per_session: bool
) -> list[tuple[int, str]]:
    """The bank's evaluation questions by aspect; per session, each scale aspect's first
    question again for every agenda session, before the questions on the whole workshop."""
    questions = session.scalars(
        select(Question)
        .where(Question.purpose == "evaluation", Question.retired.is_(False))
        .order_by(Question.id)
    ).all()
    order = {aspect: place for place, aspect in enumerate(ASPECTS)}
    ordered = sorted(questions, key=lambda q: (order.get(q.aspect, len(order)), q.id))
    if not ordered:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The question bank has no evaluation questions.")
        )
    chosen: list[tuple[int, str]] = []
    if per_session:
        per_aspect = _first_scale_question_by_aspect(ordered)
        for session_key in _session_keys(session, workshop_id):
            chosen.extend((question_id, session_key) for question_id in per_aspect)
    chosen.extend((question.id, "") for question in ordered)
    return chosen


def _first_scale_question_by_aspect(questions: Iterable[Question]) -> list[int]:
    first: dict[str, int] = {}
    for question in questions:
        if question.kind == "scale":
            first.setdefault(question.aspect, question.id)
    return list(first.values())


def _session_keys(session: Session, workshop_id: int) -> list[str]:
    return list(
        session.scalars(
            select(AgendaSession.uuid)
            .where(AgendaSession.workshop_id == workshop_id)
            .order_by(AgendaSession.day, AgendaSession.position, AgendaSession.start_time)
        )
    )


def answered_people(session: Session, form_id: int) -> int:
    """How many people have a sheet (any answer) on the form."""
    return int(
        session.scalar(select(func.count(FormSheet.id)).where(FormSheet.form_id == form_id)) or 0
    )


def remove_sheet(session: Session, form_id: int, registration_id: int) -> None:
    session.execute(
        delete(FormSheet).where(
            FormSheet.form_id == form_id, FormSheet.registration_id == registration_id
        )
    )
