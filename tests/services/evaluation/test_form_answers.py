"""The entry grid's rows: every participant, answers read the one way, a row written whole and
marked, an emptied row removed, a bad answer refused naming the item."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from tests.evaluation_rows import add_test_questions, classroom

from jpoa_desktop.db.evaluation_models import FormSheet
from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService
from jpoa_desktop.services.evaluation.responses import ResponseService, row_score


def test_rows_are_saved_whole_and_marked(empty_db: Database) -> None:
    add_test_questions(empty_db, 4)  # right answers A, B, C, D
    room = classroom(empty_db)
    with empty_db.session_scope() as session:  # a cancelled registration has no row
        cancelled = session.get(Registration, room.registration_ids[4])
        assert cancelled is not None
        cancelled.status = "cancelled"
    form = FormService(empty_db.session_scope).create(room.workshop_id, "pre", questions=4)
    right = {item.number: item.correct for item in form.items}
    responses = ResponseService(empty_db.session_scope)
    person = room.registration_ids[1]
    # Cyrillic "в" is B; "2" is the second option; item 4 left blank.
    typed = {1: "a", 2: "в", 3: "2"}
    stored = responses.save_answers(form.id, person, typed)
    assert stored == {1: "A", 2: "B", 3: "B", 4: ""}
    grid = responses.grid(form.id)
    assert len(grid) == 4
    assert {row.code for row in grid} == set(room.codes[:4])
    assert [row.answers for row in grid if row.registration_id == person] == [stored]
    expected_right = sum(stored[n] == right[n] for n in right)
    assert row_score(form, stored) == (expected_right, 4)
    with empty_db.session_scope() as session:
        sheet = session.scalars(select(FormSheet)).one()
        assert sheet.answers == [stored[n] for n in (1, 2, 3, 4)]
        assert sheet.score == pytest.approx(expected_right / 4)
    responses.save_answers(form.id, person, {1: "", 2: " "})
    assert all(not row.answers for row in responses.grid(form.id))


def test_a_bad_answer_is_refused_and_nothing_changes(empty_db: Database) -> None:
    add_test_questions(empty_db, 3, options=3)
    room = classroom(empty_db)
    form = FormService(empty_db.session_scope).create(room.workshop_id, "pre", questions=3)
    responses = ResponseService(empty_db.session_scope)
    person = room.registration_ids[0]
    responses.save_answers(form.id, person, {1: "A"})
    with pytest.raises(ValidationError, match=r"Item 2: “D” is not an answer; type one of A, B, C"):
        responses.save_answers(form.id, person, {1: "B", 2: "D"})
    with pytest.raises(ValidationError, match="Item 9 is not on this form"):
        responses.save_answers(form.id, person, {9: "A"})
    with pytest.raises(ValidationError, match="not a participant"):
        responses.save_answers(form.id, 99_999, {1: "A"})
    assert [r.answers for r in responses.grid(form.id) if r.registration_id == person] == [
        {1: "A", 2: "", 3: ""}
    ]
    responses.clear(form.id, person)
    assert all(not row.answers for row in responses.grid(form.id))
