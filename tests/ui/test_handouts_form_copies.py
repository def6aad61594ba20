"""The Handouts screen offers the printed tests and evaluations with a choice of copies, shown
only for them, and previews the form the workshop has."""

from __future__ import annotations

from pypdf import PdfReader
from tests.evaluation_rows import add_test_questions
from tests.handouts.form_rows import add_form
from tests.ui import test_handouts_screen as handouts_screen

from jpoa_desktop.services.database import Database
from jpoa_desktop.ui.handouts.labels import kind_label
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.tasks import TaskRunner

screen = handouts_screen.screen  # the Handouts screen on the small demo (a fixture)
settle = handouts_screen.settle


def test_the_copies_choice_shows_for_tests_and_evaluations_only(
    screen: HandoutsScreen, tasks: TaskRunner
) -> None:
    options = screen.options
    for kind in ("pre-test", "post-test", "evaluation-form", "answer-key", "agenda"):
        assert any(options.kinds.item(row).text() == kind_label(kind)
                   for row in range(options.kinds.count()))  # fmt: skip
    options.select_kind("evaluation-form")
    assert options.form.isRowVisible(options.forms)
    assert options.forms.currentData() == ""  # as usual: anonymous for an evaluation
    assert options.forms.count() == 4
    options.forms.setCurrentIndex(options.forms.findData("people"))
    assert options.request(1).forms == "people"
    options.select_kind("answer-key")
    assert not options.form.isRowVisible(options.forms)
    options.select_kind("agenda")
    assert not options.form.isRowVisible(options.forms)
    settle(screen, tasks)


def test_one_blank_pre_test_is_previewed_for_the_workshop(
    screen: HandoutsScreen, tasks: TaskRunner, demo_db: Database
) -> None:
    workshop = screen.workshop_id()
    assert workshop is not None
    from jpoa_desktop.db.evaluation_models import EvaluationForm

    with demo_db.session_scope() as session:
        session.query(EvaluationForm).filter_by(workshop_id=workshop, kind="pre").delete()
    add_form(demo_db, workshop, "pre", add_test_questions(demo_db, 3))
    screen.options.forms.setCurrentIndex(screen.options.forms.findData("one"))
    screen.options.select_kind("pre-test")
    settle(screen, tasks)
    pdf = screen.preview.pdf()
    assert pdf is not None and pdf.exists()
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    assert len(pages) == 1
    text = " ".join(" ".join(pages).split())
    assert "3. " in text and "4. " not in text
    assert "Pre-test" in text or "Входной тест" in text
