"""The question bank: the starter questions a new database gets, listing and filtering, and the
rules every question keeps (a refusal writes nothing)."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select
from tests.evaluation_rows import classroom

from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, Question
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.evaluation import ASPECTS
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.bank import QuestionBankService, QuestionFilter
from jpoa_desktop.services.evaluation.question_rules import QuestionInput, checked_question
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.starter_questions import starter_entries

OPTIONS = [{"en": "One", "ru": "Один"}, {"en": "Two", "ru": "Два"}, {"en": "Three"}]


def _count(db: Database) -> int:
    with db.session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(Question)) or 0)


def _question(**changes: object) -> QuestionInput:
    values: dict[str, object] = {
        "texts": {"en": "Which one?", "ru": "Какой?"},
        "kind": "single",
        "item_key": "area-ii.3",
        "options": OPTIONS,
        "correct": "b",
        "tags": ["borders"],
    }
    values.update(changes)
    return QuestionInput(**values)  # type: ignore[arg-type]


def test_a_new_library_brings_the_starter_bank_once(loaded_db: Database) -> None:
    bank = QuestionBankService(loaded_db.session_scope)
    tests = bank.questions(QuestionFilter(purpose="test"))
    assert len(tests) >= 40
    by_pillar = Counter(q.pillar for q in tests)
    assert all(by_pillar[pillar] >= 8 for pillar in (1, 2, 3, 4)), by_pillar
    assert {q.kind for q in tests} == {"single", "multiple", "truefalse"}
    for question in tests:
        assert question.texts["en"] and question.texts["ru"], question.uuid
        assert all(o.get("en") and o.get("ru") for o in question.options), question.uuid
        assert question.source == "starter" and question.correct and question.tags
    evaluation = bank.questions(QuestionFilter(purpose="evaluation"))
    assert {q.aspect for q in evaluation} == set(ASPECTS)
    assert {q.kind for q in evaluation if q.aspect == "comments"} == {"open"}
    before = _count(loaded_db)
    ContentService(loaded_db.session_scope).load_builtin()  # the next start of the app
    assert bank.load_starter() == 0
    assert _count(loaded_db) == before


def test_every_starter_question_keeps_the_bank_rules_as_written() -> None:
    entries = starter_entries()
    assert len({entry["uuid"] for entry in entries}) == len(entries)
    for entry in entries:
        written = QuestionInput(
            texts=entry["text"], kind=entry["kind"], purpose=entry.get("purpose", "test"),
            item_key=entry.get("item_key", ""), aspect=entry.get("aspect", ""),
            options=tuple(entry.get("options", ())), correct=entry.get("correct", ""),
            tags=tuple(entry["tags"]),
        )  # fmt: skip
        assert checked_question(written) == written, entry["uuid"]


def test_a_retired_or_edited_starter_question_stays_as_the_trainer_left_it(
    loaded_db: Database,
) -> None:
    bank = QuestionBankService(loaded_db.session_scope)
    first, second = bank.questions(QuestionFilter(item_key="pillar-4"))[:2]
    bank.set_retired(first.id, True)
    edited = first.as_input()
    bank.update(second.id, QuestionInput(**{**edited.__dict__, "texts": {"en": "Mine?"}}))
    with pytest.raises(ValidationError, match="retire it instead"):
        bank.delete(first.id)
    ContentService(loaded_db.session_scope).load_builtin()
    assert bank.question(first.id).retired
    assert bank.question(second.id).texts == {"en": "Mine?"}
    assert first.id not in {q.id for q in bank.questions()}
    assert first.id in {q.id for q in bank.questions(QuestionFilter(include_retired=True))}


def test_filters_by_pillar_with_its_areas_kind_tag_and_words_in_any_language(
    empty_db: Database,
) -> None:
    bank = QuestionBankService(empty_db.session_scope)
    border = bank.add(_question())
    pillar = bank.add(_question(item_key="pillar-2", kind="truefalse", options=[], correct="да"))
    other = bank.add(_question(item_key="area-iv.2", texts={"ru": "Справедливый суд?"}, tags=[]))
    assert [q.id for q in bank.questions(QuestionFilter(item_key="pillar-2"))] == [pillar, border]
    assert [q.id for q in bank.questions(QuestionFilter(item_key="area-ii.3"))] == [border]
    assert [q.id for q in bank.questions(QuestionFilter(kind="truefalse"))] == [pillar]
    assert [q.id for q in bank.questions(QuestionFilter(tag="BORDERS"))] == [pillar, border]
    assert [q.id for q in bank.questions(QuestionFilter(search="справедливый"))] == [other]
    assert [q.id for q in bank.questions(QuestionFilter(search="два"))] == [border, other]
    assert bank.question(pillar).correct == "T"
    assert bank.tags() == ["borders"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "essay"}, "not a kind of question"),
        ({"purpose": "quiz"}, "not a purpose"),
        ({"texts": {"kk": "Қайсысы?"}}, "English or Russian"),
        ({"texts": {"xx": "?"}}, "not a language"),
        ({"options": OPTIONS[:1], "correct": "A"}, "2 to 8 options; it has 1"),
        ({"options": [*OPTIONS[:1], {"en": ""}, OPTIONS[2]]}, "Option B has no text"),
        ({"correct": "D"}, "letters among the options: A, B, C"),
        ({"correct": "AB"}, "one right letter"),
        ({"correct": ""}, "letters among the options"),
        ({"kind": "multiple", "correct": "AZ"}, "letters among the options"),
        ({"kind": "truefalse", "options": [], "correct": "maybe"}, "T or F"),
        ({"kind": "truefalse", "correct": "T"}, "has no options"),
        ({"kind": "scale", "options": [], "correct": "3"}, "no right answer"),
        ({"aspect": "relevance"}, "Only an evaluation question"),
        ({"purpose": "evaluation", "kind": "scale", "options": [], "correct": ""}, "aspect"),
        ({"item_key": "pillar-9"}, "not a pillar or an area"),
    ],
)
def test_a_question_that_breaks_a_rule_is_refused_and_nothing_is_written(
    empty_db: Database, changes: dict[str, object], message: str
) -> None:
    bank = QuestionBankService(empty_db.session_scope)
    with pytest.raises(ValidationError, match=message):
        bank.add(_question(**changes))
    assert _count(empty_db) == 0


def test_right_answers_are_read_as_leniently_as_typed_answers(empty_db: Database) -> None:
    bank = QuestionBankService(empty_db.session_scope)
    multiple = bank.add(_question(kind="multiple", correct="c, a"))
    cyrillic = bank.add(_question(correct="В"))  # the Cyrillic letter, as on a Russian keyboard
    assert bank.question(multiple).correct == "AC"
    assert bank.question(cyrillic).correct == "B"


def test_a_question_on_a_form_is_retired_not_deleted_and_keeps_its_marking(
    empty_db: Database,
) -> None:
    bank = QuestionBankService(empty_db.session_scope)
    asked = bank.add(_question())
    spare = bank.add(_question(texts={"en": "Spare?"}))
    room = classroom(empty_db)
    with empty_db.session_scope() as session:
        form = EvaluationForm(workshop_id=room.workshop_id, kind="pre")
        form.items.append(FormItem(number=1, question_id=asked))
        session.add(form)
    assert bank.question(asked).used and not bank.question(spare).used
    with pytest.raises(ValidationError, match="retire it instead"):
        bank.delete(asked)
    with pytest.raises(ValidationError, match="stay as they were marked"):
        bank.update(asked, _question(correct="C"))
    bank.update(asked, _question(texts={"en": "Which one, exactly?"}))  # wording may change
    assert bank.question(asked).texts == {"en": "Which one, exactly?"}
    bank.set_retired(asked, True)
    bank.delete(spare)
    assert [q.id for q in bank.questions(QuestionFilter(include_retired=True))] == [asked]
