"""What a workshop's tests and evaluation say: each participant's pre and post scores and gain,
how hard each question was and how well it told stronger takers from weaker ones, and the
evaluation's answers counted.

Everything is read in three set-based queries (the participants, the forms' items, every sheet
entered) and worked out in Python, so a workshop of 200 people and 30 items costs the same three
round trips as a classroom of five. A post-test holds the pre-test's questions, perhaps in
another order, so items are matched by question and reported by the pre-test's numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, FormSheet, Question
from jpoa_desktop.db.workshop_models import Person, Registration
from jpoa_desktop.model.evaluation import (
    SCALE_POINTS,
    AspectSummary,
    ItemStatistics,
    PersonScore,
    WorkshopScores,
    hake_gain,
    is_correct,
    mean_interval,
    point_biserial,
)
from jpoa_desktop.services.people.erasure import person_name


@dataclass(frozen=True)
class _Item:
    id: int
    form_kind: str
    number: int
    question_id: int
    session_key: str
    kind: str
    correct: str
    aspect: str

    @property
    def scored(self) -> bool:
        return is_correct(self.kind, "", self.correct) is not None


@dataclass(frozen=True)
class _Participant:
    registration_id: int
    code: str
    name: str


@dataclass(frozen=True)
class _Sheet:
    form_kind: str
    registration_id: int
    answers: list[str]
    score: float | None

    def answer(self, item: _Item) -> str:
        return self.answers[item.number - 1] if item.number <= len(self.answers) else ""


class _Form:
    """One form's scored items and who got each right, for the participants who took it."""

    def __init__(self, kind: str, items: Sequence[_Item], sheets: Sequence[_Sheet]) -> None:
        self.items = [item for item in items if item.form_kind == kind and item.scored]
        mine = [sheet for sheet in sheets if sheet.form_kind == kind]
        self.takers = [sheet.registration_id for sheet in mine]
        self.scores = {sheet.registration_id: sheet.score for sheet in mine}
        self.right = {
            (item.id, sheet.registration_id): sheet.answer(item) == item.correct
            for item in self.items
            for sheet in mine
        }
        self.right_counts = {
            person: sum(self.right[(item.id, person)] for item in self.items)
            for person in self.takers
        }

    def score(self, person: int) -> float | None:
        """The score stored on the person's sheet (`mark_sheet`), as the reports read it."""
        return self.scores.get(person)

    def difficulty(self, item: _Item) -> float | None:
        if not self.takers:
            return None
        return sum(self.right[(item.id, p)] for p in self.takers) / len(self.takers)

    def discrimination(self, item: _Item) -> float | None:
        """The point-biserial of the item against each taker's right answers on the others."""
        right = [self.right[(item.id, p)] for p in self.takers]
        rest = [float(self.right_counts[p] - r) for p, r in zip(self.takers, right, strict=True)]
        return point_biserial(right, rest)

    def by_question(self) -> dict[int, _Item]:
        return {item.question_id: item for item in self.items}


class ScoreService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def workshop(self, workshop_id: int) -> WorkshopScores:
        participants, items, sheets = self._read(workshop_id)
        pre, post = _Form("pre", items, sheets), _Form("post", items, sheets)
        people = tuple(_person_score(p, pre, post) for p in participants)
        gains = [person.gain for person in people if person.gain is not None]
        evaluation = [sheet for sheet in sheets if sheet.form_kind == "evaluation"]
        return WorkshopScores(
            workshop_id=workshop_id,
            people=people,
            items=_item_statistics(pre, post),
            mean_gain=mean_interval(gains),
            evaluation=tuple(
                _aspect_summary(item, evaluation)
                for item in items
                if item.form_kind == "evaluation"
            ),
        )

    def post_scores(self, workshop_id: int) -> dict[int, float | None]:
        """Each participant's post-test score by registration id; None when they did not take it
        (or the workshop has no post-test)."""
        participants, items, sheets = self._read(workshop_id)
        post = _Form("post", items, sheets)
        return {p.registration_id: post.score(p.registration_id) for p in participants}

    def _read(self, workshop_id: int) -> tuple[list[_Participant], list[_Item], list[_Sheet]]:
        """The participants (by name), every item of the workshop's forms, and the participants'
        sheets, in the participants' order."""
        with self._scope() as session:
            registrations = session.execute(
                select(Registration.id, Registration.badge_code, Person)
                .join(Person, Person.id == Registration.person_id)
                .where(
                    Registration.workshop_id == workshop_id,
                    Registration.role == "participant",
                    Registration.status != "cancelled",
                )
                .order_by(Person.sort_key, Registration.id)
            ).all()
            participants = [_Participant(r, code, person_name(p)) for r, code, p in registrations]
            item_rows = session.execute(
                select(
                    FormItem.id,
                    EvaluationForm.kind,
                    FormItem.number,
                    FormItem.question_id,
                    FormItem.session_key,
                    Question.kind,
                    Question.correct,
                    Question.aspect,
                )
                .join(EvaluationForm, EvaluationForm.id == FormItem.form_id)
                .join(Question, Question.id == FormItem.question_id)
                .where(EvaluationForm.workshop_id == workshop_id)
                .order_by(EvaluationForm.kind, FormItem.number)
            ).all()
            sheet_rows = session.execute(
                select(
                    EvaluationForm.kind,
                    FormSheet.registration_id,
                    FormSheet.answers,
                    FormSheet.score,
                )
                .join(EvaluationForm, EvaluationForm.id == FormSheet.form_id)
                .where(EvaluationForm.workshop_id == workshop_id)
            ).all()
        order = {p.registration_id: index for index, p in enumerate(participants)}
        sheets = sorted(
            (
                _Sheet(kind, person, list(answers or []), score)
                for kind, person, answers, score in sheet_rows
                if person in order
            ),
            key=lambda sheet: order[sheet.registration_id],
        )
        return participants, [_Item(*row) for row in item_rows], sheets


def _person_score(person: _Participant, pre: _Form, post: _Form) -> PersonScore:
    before = pre.score(person.registration_id)
    after = post.score(person.registration_id)
    return PersonScore(
        person.registration_id, person.code, person.name, before, after, hake_gain(before, after)
    )


def _item_statistics(pre: _Form, post: _Form) -> tuple[ItemStatistics, ...]:
    """Per question, numbered as on the pre-test (the post-test's numbers without a pre-test):
    difficulty and discrimination from the post-test takers, or the pre-test's without any."""
    numbered = pre.items or post.items
    on_post = post.by_question()
    on_pre = pre.by_question()
    statistics: list[ItemStatistics] = []
    for item in numbered:
        before = on_pre.get(item.question_id)
        after = on_post.get(item.question_id)
        pre_difficulty = pre.difficulty(before) if before is not None else None
        if after is not None and post.takers:
            difficulty, discrimination = post.difficulty(after), post.discrimination(after)
        elif before is not None:
            difficulty, discrimination = pre_difficulty, pre.discrimination(before)
        else:
            difficulty = discrimination = None
        statistics.append(
            ItemStatistics(
                item.number, item.question_id, item.kind, difficulty, discrimination, pre_difficulty
            )
        )
    return tuple(statistics)


def _aspect_summary(item: _Item, sheets: Sequence[_Sheet]) -> AspectSummary:
    """A scale item's answers counted 1…5 with their mean; an open item's comments, in the
    participants' order; neither for any other kind."""
    given = [sheet.answer(item) for sheet in sheets]
    if item.kind == "scale":
        points = [int(a) for a in given if a.isdigit() and 1 <= int(a) <= SCALE_POINTS]
        counts = tuple(points.count(point) for point in range(1, SCALE_POINTS + 1))
        mean = sum(points) / len(points) if points else None
        return AspectSummary(
            item.number, item.question_id, item.aspect, item.session_key, counts, mean
        )
    comments = tuple(answer for answer in given if answer.strip()) if item.kind == "open" else ()
    return AspectSummary(
        item.number, item.question_id, item.aspect, item.session_key, (), None, comments
    )
