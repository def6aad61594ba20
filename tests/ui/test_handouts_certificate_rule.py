"""The Handouts screen's certificate rule: the workshop's rule is shown, changed by the mouse or
the keyboard and stored per workshop; completion ticks the score; the outlook follows the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.evaluation_rows import START
from tests.scored_forms import post_tested

from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificate_register import CertificateRegister
from jpoa_desktop.services.handouts.certificate_rules import AwardRule, CertificateRuleService
from jpoa_desktop.services.handouts.certificates import Exclusion
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.handouts.certificates.left_out_dialog import reason_text
from jpoa_desktop.ui.handouts.screen import HandoutsScreen
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.tasks import TaskRunner

# Post-test of five (right answers A B C D A): 100 %, 60 %, 100 %, 40 %, not taken.
POST = ("ABCDA", "ABCAB", "ABCDA", "ABBBB", None)


@pytest.fixture
def screen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, empty_db: Database
) -> HandoutsScreen:
    post_tested(empty_db, POST)
    handouts = HandoutsScreen(tasks, translations.language)
    qtbot.addWidget(handouts)
    handouts.set_services(Services(empty_db))
    handouts.options.select_kind("certificates")
    handouts.show()
    qtbot.waitExposed(handouts)
    return handouts


def test_the_rule_is_shown_changed_and_stored_for_the_workshop(
    qtbot: QtBot, screen: HandoutsScreen, empty_db: Database
) -> None:
    box = screen.options.rule
    workshop = screen.workshop_id()
    assert workshop is not None
    assert box.isVisible()
    assert box.rule() == AwardRule(0.8, None, "participation")
    assert not box.score.isEnabled()
    assert screen.options.outlook.text() == "5 certificates"

    completion = box.wording.findData("completion")
    box.wording.setCurrentIndex(completion)  # completion ticks the score (60 % offered)
    assert box.score_asked.isChecked() and box.score.isEnabled()
    rules = CertificateRuleService(empty_db.session_scope)
    assert rules.rule(workshop) == AwardRule(0.8, 0.6, "completion")

    box.score.setFocus()
    qtbot.keyClick(box.score, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.score, "50")
    assert rules.rule(workshop) == AwardRule(0.8, 0.5, "completion")
    screen._update_outlook()  # what the preview's refresh does
    # 100 %, 60 %, 100 % pass 50 %; 40 % and no post-test do not.
    assert screen.options.outlook.text() == "3 certificates; 2 people left out"

    qtbot.mouseClick(box.score_asked, Qt.MouseButton.LeftButton)  # untick: participation again
    assert box.wording.currentData() == "participation"
    assert rules.rule(workshop) == AwardRule(0.8, None, "participation")


def test_another_workshop_shows_its_own_rule(screen: HandoutsScreen, empty_db: Database) -> None:
    first = screen.workshop_id()
    assert first is not None
    rules = CertificateRuleService(empty_db.session_scope)
    rules.set_rule(first, AwardRule(0.5, 0.7, "completion"))
    other = WorkshopService(empty_db.session_scope).create(
        WorkshopInput(titles={"en": "Second"}, start=START, end=START)
    )
    screen.reload()
    screen.show_workshop(other)
    assert screen.options.rule.rule() == AwardRule(0.8, None, "participation")
    screen.show_workshop(first)
    assert screen.options.rule.rule() == AwardRule(0.5, 0.7, "completion")
    assert screen.options.attendance.value() == 50
    assert rules.rule(other) == AwardRule()  # showing a rule stores nothing


def test_the_left_out_reasons_for_the_post_test_are_worded() -> None:
    absent = Exclusion("Ким Ольга", 2, 2, "no post-test", min_post_score=0.6)
    short = Exclusion("Ким Ольга", 2, 2, "post-test 40%", min_post_score=0.6, post_score=0.4)
    assert reason_text(absent, 80) == "Did not take the post-test"
    assert reason_text(short, 80) == "Post-test 40 %; the rule asks for 60 %"


def test_one_pdf_per_person_is_saved_on_a_worker(
    screen: HandoutsScreen, tasks: TaskRunner, empty_db: Database, tmp_path: Path
) -> None:
    box = screen.options.rule
    assert box.per_person_button.isVisible()
    assert box.per_person_button.text() == "Save one PDF per &person…"
    handouts = Services(empty_db).handouts
    folder = tmp_path / "mail"
    screen._output.save_each_to(handouts, screen.request(), folder)
    tasks.wait_for_idle(60_000)
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 5 and all(name.endswith(".pdf") for name in files)
    # "files" with the English catalogue loaded (by an earlier test), "file(s)" without it; the
    # preview, built on its own worker, may have put its page count there since
    said = screen.preview.status.text()
    assert said in {f"Saved 5 files in {folder}", f"Saved 5 file(s) in {folder}", "5 pages"}
    assert len(CertificateRegister(empty_db.session_scope).register()) == 5
