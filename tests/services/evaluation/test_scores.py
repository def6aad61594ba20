"""Scores, gains and item statistics of a classroom whose answers are known, each checked against
the arithmetic written out by hand."""

from __future__ import annotations

import math

import pytest
from sqlalchemy import event
from tests.evaluation_rows import add_test_questions, classroom
from tests.scored_forms import add_evaluation_questions, add_form, answer

from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.scores import ScoreService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopService

# Five questions; question i's right answer is "ABCDA"[i]. Answers below are per question.
PRE = (
    "AB" + "DAB",  # 2 of 5 right: 0.4
    "ABCDA",  # 5 of 5: 1.0, a full pre score, so no gain
    "A" + "",  # 1 right, four left blank: 0.2
    "BAAAB",  # 0 right: 0.0
    None,  # did not take the pre-test
)
POST = (
    "ABCDB",  # 4 of 5: 0.8
    "ABCDA",  # 5 of 5: 1.0
    "ABCA",  # 3 right, the last blank: 0.6
    "ABAAB",  # 2 right: 0.4
    "AACDB",  # 3 right: 0.6
)


def _answers(letters: str, questions: list[int]) -> dict[int, str]:
    padded = letters.ljust(len(questions), " ")
    return {q: a.strip() for q, a in zip(questions, padded, strict=True)}


@pytest.fixture
def scored(empty_db: Database) -> tuple[Database, list[int], list[int], int]:
    room = classroom(empty_db)
    questions = add_test_questions(empty_db, 5)
    pre = add_form(empty_db, room.workshop_id, "pre", questions)
    post = add_form(empty_db, room.workshop_id, "post", list(reversed(questions)))  # shuffled
    for registration, before, after in zip(room.registration_ids, PRE, POST, strict=True):
        if before is not None:
            answer(empty_db, pre, registration, _answers(before, questions))
        answer(empty_db, post, registration, _answers(after, questions))
    return empty_db, list(room.registration_ids), questions, room.workshop_id


def test_scores_and_gains_match_the_hand_computation(scored) -> None:  # type: ignore[no-untyped-def]
    db, registrations, _questions, workshop = scored
    scores = ScoreService(db.session_scope).workshop(workshop)
    by_id = {person.registration_id: person for person in scores.people}
    expected = [
        (2 / 5, 4 / 5, (0.8 - 0.4) / (1 - 0.4)),  # g = 0.667
        (5 / 5, 5 / 5, None),  # full pre score: no gain
        (1 / 5, 3 / 5, (0.6 - 0.2) / (1 - 0.2)),  # g = 0.5
        (0 / 5, 2 / 5, (0.4 - 0.0) / (1 - 0.0)),  # g = 0.4
        (None, 3 / 5, None),  # no pre-test: no gain
    ]
    for registration, (pre, post, gain) in zip(registrations, expected, strict=True):
        person = by_id[registration]
        assert person.pre == pytest.approx(pre) if pre is not None else person.pre is None
        assert person.post == pytest.approx(post)
        assert person.gain == pytest.approx(gain) if gain is not None else person.gain is None
    assert by_id[registrations[0]].gain == pytest.approx(0.6667, abs=1e-4)

    gains = [2 / 3, 0.5, 0.4]  # the full pre score and the missing pre-test are left out
    mean = sum(gains) / 3  # 0.5222
    sd = math.sqrt(sum((g - mean) ** 2 for g in gains) / 2)
    half = 4.303 * sd / math.sqrt(3)  # t for df = 2
    assert scores.mean_gain is not None
    assert scores.mean_gain.count == 3
    assert scores.mean_gain.mean == pytest.approx(0.52222, abs=1e-4)
    assert scores.mean_gain.low == pytest.approx(mean - half)
    assert scores.mean_gain.high == pytest.approx(mean + half)
    assert scores.as_json()["mean_gain"] == pytest.approx(mean)


def test_items_are_reported_by_the_pre_test_numbers(scored) -> None:  # type: ignore[no-untyped-def]
    db, _registrations, questions, workshop = scored
    items = ScoreService(db.session_scope).workshop(workshop).items
    assert [item.number for item in items] == [1, 2, 3, 4, 5]
    assert [item.question_id for item in items] == questions  # not the post-test's order
    # Post-test, five takers: q1 all right; q2 wrong only for person 5; q3 wrong for person 4;
    # q4 right for persons 1, 2, 5; q5 right for person 2 only.
    assert [item.difficulty for item in items] == pytest.approx([1.0, 0.8, 0.8, 0.6, 0.2])
    # Pre-test, four takers: q1 right for persons 1-3; q2 for 1, 2; q3-q5 for person 2 only.
    assert [item.pre_difficulty for item in items] == pytest.approx([0.75, 0.5, 0.25, 0.25, 0.25])
    # q1: everyone right, nothing to tell apart.
    assert items[0].discrimination is None
    # q5 on the post-test: right = (0, 1, 0, 0, 0); the rest of each score = (4, 4, 3, 2, 3).
    # mean x 0.2, mean y 3.2; Sxy = -0.16 + 0.64 + 0.04 + 0.24 + 0.04 = 0.8;
    # Sxx = 4 × 0.04 + 0.64 = 0.8; Syy = 0.64 + 0.64 + 0.04 + 1.44 + 0.04 = 2.8.
    assert items[4].discrimination == pytest.approx(0.8 / math.sqrt(0.8 * 2.8))
    assert items[4].discrimination == pytest.approx(0.5345, abs=1e-4)


def test_without_a_post_test_the_pre_test_gives_the_difficulty(empty_db: Database) -> None:
    room = classroom(empty_db)
    questions = add_test_questions(empty_db, 2)  # right answers A, B
    pre = add_form(empty_db, room.workshop_id, "pre", questions)
    answer(empty_db, pre, room.registration_ids[0], {questions[0]: "A", questions[1]: "B"})
    answer(empty_db, pre, room.registration_ids[1], {questions[0]: "C", questions[1]: ""})
    service = ScoreService(empty_db.session_scope)
    scores = service.workshop(room.workshop_id)
    assert [item.difficulty for item in scores.items] == [0.5, 0.5]
    assert scores.mean_gain is None
    assert service.post_scores(room.workshop_id) == dict.fromkeys(room.registration_ids)


def test_post_scores_and_who_counts_as_a_participant(scored) -> None:  # type: ignore[no-untyped-def]
    db, registrations, _questions, workshop = scored
    workshops = WorkshopService(db.session_scope)
    trainer = PeopleService(db.session_scope).add(PersonInput("Smith", "Anna", sex="female"))
    workshops.register(workshop, trainer, role="facilitator", status="confirmed")
    service = ScoreService(db.session_scope)
    post = service.post_scores(workshop)
    assert set(post) == set(registrations)  # the facilitator is not a participant
    assert post[registrations[0]] == pytest.approx(0.8)
    assert post[registrations[3]] == pytest.approx(0.4)
    names = {person.name for person in service.workshop(workshop).people}
    assert "Ҷӯраев Фарҳод" in names and "Smith Anna" not in names
    codes = {person.code for person in service.workshop(workshop).people}
    assert len(codes) == 5 and all(codes)


def test_scores_take_a_fixed_number_of_queries(scored) -> None:  # type: ignore[no-untyped-def]
    db, _registrations, _questions, workshop = scored
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        ScoreService(db.session_scope).workshop(workshop)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # people, items, answers: not one per person


def test_evaluation_answers_are_counted(empty_db: Database) -> None:
    room = classroom(empty_db)
    scale, comments = add_evaluation_questions(empty_db)
    items = add_form(empty_db, room.workshop_id, "evaluation", [scale, comments])
    given = [("5", "Great"), ("4", ""), ("4", "Больше практики"), ("", ""), ("2", "")]
    for registration, (point, comment) in zip(room.registration_ids, given, strict=True):
        answer(empty_db, items, registration, {scale: point, comments: comment})
    summary = ScoreService(empty_db.session_scope).workshop(room.workshop_id).evaluation
    assert [s.aspect for s in summary] == ["satisfaction", "comments"]
    assert summary[0].counts == (0, 1, 0, 2, 1)  # one 2, two 4s, one 5; a blank counts nowhere
    assert summary[0].mean == pytest.approx((5 + 4 + 4 + 2) / 4)  # 3.75
    assert summary[1].counts == ()
    assert sorted(summary[1].comments) == sorted(["Great", "Больше практики"])
