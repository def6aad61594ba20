"""A workshop's forms made straight with the ORM, for the printed forms' tests: a pre-test and a
post-test of every scored kind of question, and an evaluation with per-session items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time, timedelta

from tests.evaluation_rows import START

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, Question
from jpoa_desktop.services.database import Database

KAZAKH_QUESTION = "Қауіп-қатерді бағалау дегеніміз не?"


def add_form(
    db: Database,
    workshop_id: int,
    kind: str,
    question_ids: Sequence[int],
    shuffled: bool = False,
    session_keys: Sequence[str] = (),
) -> int:
    """A form whose item n asks `question_ids[n - 1]` (per session where `session_keys` says)."""
    with db.session_scope() as session:
        form = EvaluationForm(workshop_id=workshop_id, kind=kind, shuffled=shuffled,
                              per_session=any(session_keys))  # fmt: skip
        session.add(form)
        session.flush()
        for number, question_id in enumerate(question_ids, start=1):
            key = session_keys[number - 1] if number <= len(session_keys) else ""
            session.add(FormItem(form_id=form.id, number=number, question_id=question_id,
                                 session_key=key))  # fmt: skip
        return form.id


def mixed_questions(db: Database) -> list[int]:
    """A single choice with a Kazakh text, a multiple choice with a long option, a true/false
    question and a single choice in English and Russian only."""
    made = [
        Question(kind="single", correct="B",
                 texts={"en": "What is a risk assessment?", "ru": "Что такое оценка риска?",
                        "kk": KAZAKH_QUESTION},
                 options=[{"en": "A list of names", "ru": "Список имён", "kk": "Есімдер тізімі"},
                          {"en": "Likelihood and impact", "ru": "Вероятность и последствия",
                           "kk": "Ықтималдық пен салдар"},
                          {"en": "A budget", "ru": "Бюджет", "kk": "Бюджет"}]),
        Question(kind="multiple", correct="AC",
                 texts={"en": "Which are pillars of the JPoA?", "ru": "Какие столпы есть в СПД?"},
                 options=[{"en": "Prevention", "ru": "Предупреждение"},
                          {"en": "Tourism " + "and regional cultural exchange " * 6,
                           "ru": "Туризм " + "и региональный культурный обмен " * 6},
                          {"en": "Human rights", "ru": "Права человека"}]),
        Question(kind="truefalse", correct="T",
                 texts={"en": "Border agencies share data.", "ru": "Пограничные службы "
                        "обмениваются данными."}),
        Question(kind="single", correct="A",
                 texts={"en": "Who leads the national strategy?",
                        "ru": "Кто руководит национальной стратегией?"},
                 options=[{"en": "The government", "ru": "Правительство"},
                          {"en": "A donor", "ru": "Донор"}]),
    ]  # fmt: skip
    with db.session_scope() as session:
        for question in made:
            question.item_key, question.purpose = "pillar-1", "test"
            session.add(question)
        session.flush()
        return [question.id for question in made]


def evaluation_questions(db: Database) -> list[int]:
    """Two ratings and an open comment (English and Russian)."""
    made = [
        Question(kind="scale", purpose="evaluation", aspect="satisfaction",
                 texts={"en": "How satisfied are you overall?", "ru": "Насколько вы довольны?"}),
        Question(kind="scale", purpose="evaluation", aspect="relevance",
                 texts={"en": "How useful was this session?", "ru": "Насколько полезна сессия?"}),
        Question(kind="open", purpose="evaluation", aspect="comments",
                 texts={"en": "What would you change?", "ru": "Что бы вы изменили?"}),
    ]  # fmt: skip
    with db.session_scope() as session:
        session.add_all(made)
        session.flush()
        return [question.id for question in made]


def add_session(db: Database, workshop_id: int, day: int, title: dict[str, str]) -> str:
    """An agenda session on the workshop's day `day` (1, 2…); its key (uuid)."""
    with db.session_scope() as session:
        row = AgendaSession(workshop_id=workshop_id, day=START + timedelta(days=day - 1),
                            start_time=time(9, 0), end_time=time(10, 30), titles=title)  # fmt: skip
        session.add(row)
        session.flush()
        return row.uuid
