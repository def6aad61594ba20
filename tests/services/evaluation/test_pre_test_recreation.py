"""A pre-test made again while a post-test asks its questions: the post-test follows it (same
shuffle setting, same transaction) when it has no answers, and the pre-test is refused, with
nothing changed, when the post-test has answers. A post-test drawn on its own is left alone."""

from __future__ import annotations

import pytest
from tests.evaluation_rows import add_test_questions, classroom

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.evaluation.forms import FormService, FormView
from jpoa_desktop.services.evaluation.responses import ResponseService


def _questions(form: FormView | None) -> list[int]:
    assert form is not None
    return [item.question_id for item in form.items]


@pytest.fixture
def forms(empty_db: Database) -> tuple[FormService, int]:
    """A bank of 20 questions and a workshop whose pre-test (5 of them) has a shuffled
    post-test asking the same questions."""
    add_test_questions(empty_db, 20)
    workshop = classroom(empty_db).workshop_id
    service = FormService(empty_db.session_scope)
    pre = service.create(workshop, "pre", questions=5, seed=1)
    post = service.create(workshop, "post", shuffle=True, seed=2)
    assert sorted(_questions(post)) == sorted(_questions(pre))
    return service, workshop


def test_a_pre_test_made_again_takes_its_unanswered_post_test_along(
    forms: tuple[FormService, int],
) -> None:
    service, workshop = forms
    old_pre = service.form(workshop, "pre")
    new_pre = service.create(workshop, "pre", questions=6, seed=99)
    assert _questions(new_pre) != _questions(old_pre) and len(new_pre.items) == 6
    post = service.form(workshop, "post")
    assert post is not None
    assert sorted(_questions(post)) == sorted(_questions(new_pre))
    assert post.shuffled  # the post-test keeps its setting
    assert [item.number for item in post.items] == list(range(1, 7))


def test_an_unshuffled_post_test_follows_in_the_pre_tests_order(
    empty_db: Database,
) -> None:
    add_test_questions(empty_db, 20)
    workshop = classroom(empty_db).workshop_id
    service = FormService(empty_db.session_scope)
    service.create(workshop, "pre", questions=5, seed=1)
    service.create(workshop, "post")
    new_pre = service.create(workshop, "pre", questions=4, seed=5)
    post = service.form(workshop, "post")
    assert post is not None and not post.shuffled
    assert _questions(post) == _questions(new_pre)


def test_a_pre_test_whose_post_test_has_answers_is_refused_and_nothing_changes(
    empty_db: Database, forms: tuple[FormService, int]
) -> None:
    service, workshop = forms
    pre, post = service.form(workshop, "pre"), service.form(workshop, "post")
    assert pre is not None and post is not None
    registration = ResponseService(empty_db.session_scope).grid(post.id)[0].registration_id
    ResponseService(empty_db.session_scope).save_answers(post.id, registration, {1: "A"})
    with pytest.raises(ValidationError, match=r"post-test .* already has answers"):
        service.create(workshop, "pre", questions=6, seed=99)
    assert service.form(workshop, "pre") == pre
    assert service.form(workshop, "post") == post


def test_a_post_test_drawn_on_its_own_is_left_alone(empty_db: Database) -> None:
    add_test_questions(empty_db, 20)
    workshop = classroom(empty_db).workshop_id
    service = FormService(empty_db.session_scope)
    service.create(workshop, "pre", questions=5, seed=1)
    own = service.create(workshop, "post", questions=5, reuse_pre=False, seed=3)
    assert sorted(_questions(own)) != sorted(_questions(service.form(workshop, "pre")))
    service.create(workshop, "pre", questions=5, seed=4)
    assert service.form(workshop, "post") == own
