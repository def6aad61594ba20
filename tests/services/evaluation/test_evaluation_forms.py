"""A workshop's forms drawn from the bank: pillars spread evenly, a seed repeats the draw, the
post-test asks the pre-test's questions, evaluation forms per session, answered forms kept."""

from __future__ import annotations

from collections import Counter
from datetime import date, time

import pytest
from sqlalchemy import select
from tests.evaluation_rows import add_test_questions, classroom

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.evaluation_models import FormSheet, Question
from jpoa_desktop.db.workshop_models import WorkshopTag
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService, pillar_of
from jpoa_desktop.services.evaluation.responses import ResponseService


def _bank_over_pillars(db: Database) -> dict[int, str]:
    """Six questions on each pillar (pillar 2's under an area key); question id → item key."""
    keys: dict[int, str] = {}
    for key in ("pillar-1", "area-ii.3", "pillar-3", "area-iv.1"):
        for question_id in add_test_questions(db, 6, item_key=key):
            keys[question_id] = key
    return keys


def _add_evaluation_questions(db: Database) -> None:
    with db.session_scope() as session:
        for aspect in ("satisfaction", "relevance", "organisation", "facilitators"):
            session.add(
                Question(purpose="evaluation", kind="scale", aspect=aspect, texts={"en": aspect})
            )
        session.add(
            Question(purpose="evaluation", kind="open", aspect="comments", texts={"en": "Say"})
        )


def test_pillars_read_from_keys() -> None:
    assert [pillar_of(k) for k in ("pillar-2", "area-iii.4", "area-iv.1", "article-x")] == [
        2,
        3,
        4,
        None,
    ]


def test_pre_test_spreads_over_the_given_pillars_and_repeats_with_a_seed(
    empty_db: Database,
) -> None:
    keys = _bank_over_pillars(empty_db)
    room = classroom(empty_db)
    forms = FormService(empty_db.session_scope)
    form = forms.create(room.workshop_id, "pre", questions=8, pillars=(2, 4), seed=7)
    spread = Counter(pillar_of(keys[item.question_id]) for item in form.items)
    assert spread == {2: 4, 4: 4}
    assert [item.number for item in form.items] == list(range(1, 9))
    again = forms.create(room.workshop_id, "pre", questions=8, pillars=(2, 4), seed=7)
    assert [i.question_id for i in again.items] == [i.question_id for i in form.items]
    assert forms.form(room.workshop_id, "pre") == again


def test_pre_test_defaults_to_the_workshop_pillars(empty_db: Database) -> None:
    keys = _bank_over_pillars(empty_db)
    room = classroom(empty_db)
    with empty_db.session_scope() as session:
        session.add(WorkshopTag(workshop_id=room.workshop_id, item_key="area-iii.2"))
    form = FormService(empty_db.session_scope).create(room.workshop_id, "pre", seed=1)
    assert len(form.items) == 6  # pillar 3 has six questions, fewer than the ten asked
    assert {pillar_of(keys[item.question_id]) for item in form.items} == {3}


def test_post_test_asks_the_pre_test_questions_shuffled(empty_db: Database) -> None:
    _bank_over_pillars(empty_db)
    room = classroom(empty_db)
    forms = FormService(empty_db.session_scope)
    pre = forms.create(room.workshop_id, "pre", questions=12, seed=3)
    post = forms.create(room.workshop_id, "post", shuffle=True, seed=4)
    assert post.shuffled
    assert sorted(i.question_id for i in post.items) == sorted(i.question_id for i in pre.items)
    assert [i.question_id for i in post.items] != [i.question_id for i in pre.items]
    fresh = forms.create(room.workshop_id, "post", questions=3, reuse_pre=False, seed=4)
    assert len(fresh.items) == 3


def test_evaluation_form_per_session(empty_db: Database) -> None:
    _add_evaluation_questions(empty_db)
    room = classroom(empty_db)
    with empty_db.session_scope() as session:
        for position in range(2):
            session.add(
                AgendaSession(
                    workshop_id=room.workshop_id,
                    day=date(2026, 3, 2),
                    position=position,
                    start_time=time(9 + position),
                    end_time=time(10 + position),
                    titles={"en": f"Session {position + 1}"},
                )
            )
        keys = list(session.scalars(select(AgendaSession.uuid).order_by(AgendaSession.position)))
    forms = FormService(empty_db.session_scope)
    whole = forms.create(room.workshop_id, "evaluation")
    assert [i.aspect for i in whole.items] == [
        "satisfaction",
        "relevance",
        "organisation",
        "facilitators",
        "comments",
    ]
    per = forms.create(room.workshop_id, "evaluation", per_session=True)
    assert per.per_session and len(per.items) == 2 * 4 + 5
    assert [i.session_key for i in per.items[:8]] == [keys[0]] * 4 + [keys[1]] * 4
    assert {i.session_key for i in per.items[8:]} == {""}


def test_a_form_with_answers_is_not_replaced_unless_deleted(empty_db: Database) -> None:
    add_test_questions(empty_db, 4)
    room = classroom(empty_db)
    forms = FormService(empty_db.session_scope)
    form = forms.create(room.workshop_id, "pre", questions=4, seed=1)
    ResponseService(empty_db.session_scope).save_answers(
        form.id, room.registration_ids[0], {1: "A"}
    )
    with pytest.raises(ValidationError, match="already has answers"):
        forms.create(room.workshop_id, "pre", questions=2)
    with pytest.raises(ValidationError, match="already has answers"):
        forms.delete(form.id)
    assert forms.form(room.workshop_id, "pre") == form
    forms.delete(form.id, force=True)
    assert forms.form(room.workshop_id, "pre") is None
    with empty_db.session_scope() as session:
        assert session.scalar(select(FormSheet.id)) is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kind": "mid"}, "not a kind of form"),
        ({"kind": "pre", "pillars": (5,)}, "no pillar 5"),
        ({"kind": "pre", "questions": 0}, "at least one question"),
        ({"kind": "pre", "pillars": (3,)}, "no test questions for pillars 3"),
        ({"kind": "evaluation"}, "no evaluation questions"),
    ],
)
def test_refusals_write_nothing(
    empty_db: Database, options: dict[str, object], message: str
) -> None:
    add_test_questions(empty_db, 4)
    room = classroom(empty_db)
    forms = FormService(empty_db.session_scope)
    with pytest.raises(ValidationError, match=message):
        forms.create(room.workshop_id, **options)  # type: ignore[arg-type]
    for kind in ("pre", "post", "evaluation"):
        assert forms.form(room.workshop_id, kind) is None
