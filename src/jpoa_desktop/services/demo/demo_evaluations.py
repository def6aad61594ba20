"""The demo's tests and evaluations: for every workshop a pre-test of ten questions on its pillar
from the starter bank (the library's loading puts it in every new database; the demo's own
questions stand in where it is missing), a post-test of the same questions shuffled, and an
evaluation form; and the answers its participants gave, as a trainer would have typed them in.

Answers are drawn so the figures look like a real programme's: each participant has a chance of
knowing an answer before the workshop, a few knew everything already (their gain is undefined),
each workshop teaches a little better or worse (Hake's g around 0.3–0.5), some people leave before
the post-test, most are satisfied (4s and 5s) and a few write a comment in Russian or English.
A workshop still running has only its pre-test answered.

The large demo's 150,000 filled-in sheets go to the database as plain tuples in one
`executemany` per batch, not through SQLAlchemy's per-row processing (with the driver's own
placeholders: `?` for SQLite, `%s` for psycopg); each sheet's score and satisfaction are
marked with `model/evaluation.mark_sheet`, as the entry grid marks them.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from itertools import islice
from typing import Any

from sqlalchemy import DateTime, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import insert_plain, insert_rows
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, Question
from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.model.evaluation import ItemKey, mark_sheet
from jpoa_desktop.services.demo.demo_questions import (
    COMMENTS,
    evaluation_questions,
    test_questions,
)
from jpoa_desktop.services.evaluation.forms import pillar_of
from jpoa_desktop.services.library.starter_questions import STARTER

BATCH = 20_000
TEST_LENGTH = 10
# How satisfied a workshop's participants were: the weights of answers 1…5, by mood.
_MOODS = ((1, 2, 7, 35, 55), (2, 5, 18, 45, 30), (5, 12, 30, 35, 18))
_MOOD_WEIGHTS = (6, 3, 1)
_INSERT = (
    "INSERT INTO form_sheet (uuid, created_at, updated_at, form_id, registration_id, answers,"
    " score, satisfaction, entered_at) VALUES ({places})"
)
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@dataclass(frozen=True)
class TestedWorkshop:
    id: int
    start: date
    days: int
    pillar: int  # 1–4; 0 when the workshop has no framework area
    ended: bool  # False: running, only the pre-test is answered


@dataclass(frozen=True)
class _Item:
    kind: str
    correct: str
    options: int
    aspect: str


@dataclass
class _Bank:
    """Question ids by pillar (0: none), the evaluation form's, and what marking needs."""

    tests: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    evaluation: list[int] = field(default_factory=list)
    items: dict[int, _Item] = field(default_factory=dict)


@dataclass(frozen=True)
class _Form:
    id: int
    items: list[_Item]

    @cached_property
    def keys(self) -> list[ItemKey]:
        return [ItemKey(item.kind, item.correct, item.aspect) for item in self.items]


def _as_is(value: Any) -> Any:
    """A value the driver adapts itself (psycopg takes datetimes as they are)."""
    return value


def _fast_uuid(rng: random.Random) -> str:
    """A version-4 uuid from `rng`, without building a uuid.UUID for each of a million rows."""
    n = rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC000 << 48) | (0x4000 << 64) | (0x8000 << 48)
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class EvaluationWriter:
    """Writes the questions, forms and answers of one demo run into the caller's transaction."""

    def __init__(self, session: Session, rng: random.Random, now: datetime) -> None:
        self.session, self.rng, self.now = session, rng, now
        dialect = session.get_bind().dialect
        self._store = DateTime().dialect_impl(dialect).bind_processor(dialect) or _as_is
        self._insert = _INSERT.format(places=", ".join([_PLACEHOLDERS[dialect.paramstyle]] * 9))

    def _stamp(self) -> dict[str, Any]:
        return {"uuid": _fast_uuid(self.rng), "created_at": self.now, "updated_at": self.now}

    def write(
        self, workshops: Sequence[TestedWorkshop], areas: Sequence[tuple[str, int, str, str]]
    ) -> int:
        """Every workshop's forms and its participants' sheets; the number of sheets."""
        bank = self._starter_bank() or self._demo_bank(areas)
        forms = self._forms(workshops, bank)
        people = self._participants([w.id for w in workshops])
        written = 0
        answers = self._answers(workshops, forms, people)
        while batch := list(islice(answers, BATCH)):
            self.session.connection().exec_driver_sql(self._insert, batch)
            written += len(batch)
        return written

    def _starter_bank(self) -> _Bank | None:
        """The shipped starter questions, as the library's loading put them in the database."""
        rows = self.session.execute(
            select(Question.id, Question.purpose, Question.item_key, Question.kind,
                   Question.correct, Question.options, Question.aspect)
            .where(Question.source == STARTER, Question.retired.is_(False))
            .order_by(Question.id)
        ).all()  # fmt: skip
        bank = _Bank()
        for qid, purpose, item_key, kind, correct, options, aspect in rows:
            bank.items[qid] = _Item(kind, correct, len(options or ()), aspect)
            if purpose == "evaluation":
                bank.evaluation.append(qid)
            else:
                bank.tests[pillar_of(item_key) or 0].append(qid)
        return bank if bank.evaluation and bank.tests else None

    def _demo_bank(self, areas: Sequence[tuple[str, int, str, str]]) -> _Bank:
        """Questions of the demo's own, for a database without the starter bank."""
        tests, evaluation = list(test_questions(areas)), list(evaluation_questions())
        rows = [{**q.row(), "created_at": self.now, "updated_at": self.now}
                for q in tests + evaluation]  # fmt: skip
        ids = insert_rows(self.session, Question, rows)
        bank = _Bank()
        for qid, question in zip(ids, tests + evaluation, strict=True):
            bank.items[qid] = _Item(
                question.kind, question.correct, len(question.options), question.aspect
            )
            if question.purpose == "evaluation":
                bank.evaluation.append(qid)
            else:
                bank.tests[pillar_of(question.item_key) or 0].append(qid)
        return bank

    def _forms(
        self, workshops: Sequence[TestedWorkshop], bank: _Bank
    ) -> dict[int, tuple[_Form, ...]]:
        every_test = [q for ids in bank.tests.values() for q in ids]
        form_rows, chosen = [], []
        for workshop in workshops:
            pool = bank.tests.get(workshop.pillar) or every_test
            pre = self.rng.sample(pool, min(TEST_LENGTH, len(pool)))
            post = self.rng.sample(pre, len(pre))
            for kind, order in (("pre", pre), ("post", post), ("evaluation", bank.evaluation)):
                form_rows.append(
                    {
                        "workshop_id": workshop.id,
                        "kind": kind,
                        "shuffled": kind == "post",
                        "per_session": False,
                        **self._stamp(),
                    }
                )
                chosen.append(order)
        form_ids = insert_rows(self.session, EvaluationForm, form_rows)
        item_rows = [
            {"form_id": form_id, "number": n, "question_id": q, "session_key": "", **self._stamp()}
            for form_id, order in zip(form_ids, chosen, strict=True)
            for n, q in enumerate(order, start=1)
        ]
        insert_plain(self.session, FormItem, item_rows)
        made = [
            _Form(form_id, [bank.items[q] for q in order])
            for form_id, order in zip(form_ids, chosen, strict=True)
        ]
        return {w.id: tuple(made[3 * n : 3 * n + 3]) for n, w in enumerate(workshops)}

    def _participants(self, workshop_ids: list[int]) -> dict[int, list[int]]:
        rows = self.session.execute(
            select(Registration.workshop_id, Registration.id)
            .where(
                Registration.workshop_id.in_(workshop_ids),
                Registration.role == "participant",
                Registration.status != "cancelled",
            )
            .order_by(Registration.id)
        )
        people: dict[int, list[int]] = defaultdict(list)
        for workshop_id, registration_id in rows:
            people[workshop_id].append(registration_id)
        return people

    def _answers(
        self,
        workshops: Sequence[TestedWorkshop],
        forms: dict[int, tuple[_Form, ...]],
        people: dict[int, list[int]],
    ) -> Iterator[tuple[object, ...]]:
        rng, created = self.rng, self._store(self.now)
        for workshop in workshops:
            pre, post, evaluation = forms[workshop.id]
            teaching = rng.uniform(0.2, 0.65)
            mood = rng.choices(_MOODS, _MOOD_WEIGHTS)[0]
            last = workshop.start + timedelta(days=workshop.days - 1)
            pre_at = self._store(datetime.combine(workshop.start, time(9, 30), UTC))
            post_at = self._store(datetime.combine(last, time(15, 30), UTC))
            for registration_id in people.get(workshop.id, []):
                knows = 1.0 if rng.random() < 0.03 else min(0.9, max(0.05, rng.gauss(0.45, 0.15)))
                gain = min(1.0, max(-0.3, rng.gauss(teaching, 0.2)))
                learned = min(0.99, max(0.02, knows + gain * (1 - knows)))
                sittings = [(pre, knows, pre_at)] if rng.random() < 0.92 else []
                if workshop.ended and rng.random() < 0.82:
                    sittings.append((post, learned, post_at))
                if workshop.ended and rng.random() < 0.85:
                    sittings.append((evaluation, -1.0, post_at))  # -1: an opinion
                for form, chance, at in sittings:
                    answers = [
                        self._opinion(item, mood) if chance < 0 else self._test_answer(item, chance)
                        for item in form.items
                    ]
                    score, satisfaction = mark_sheet(form.keys, answers)
                    yield (_fast_uuid(rng), created, created, form.id, registration_id,
                           json.dumps(answers, ensure_ascii=False), score, satisfaction,
                           at)  # fmt: skip

    def _test_answer(self, item: _Item, chance: float) -> str:
        draw = self.rng.random()
        if draw < chance:
            return item.correct
        if chance < 1.0 and draw > 0.98:
            return ""  # left blank
        if item.kind == "truefalse":
            return "F" if item.correct == "T" else "T"
        return self.rng.choice([c for c in "ABCDEFGH"[: item.options] if c != item.correct])

    def _opinion(self, item: _Item, mood: tuple[int, ...]) -> str:
        if item.kind == "open":
            return self.rng.choice(COMMENTS) if self.rng.random() < 0.3 else ""
        return str(self.rng.choices((1, 2, 3, 4, 5), mood)[0])
