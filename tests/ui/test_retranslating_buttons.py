"""The certificate register's dialog and button and the Save verifier page button say their
words again when Qt tells them the interface language changed (through `Retranslating`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificate_register import CertificateRegister
from jpoa_desktop.ui.certificates_register.button import RegisterButton
from jpoa_desktop.ui.certificates_register.dialog import RegisterDialog
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.verify.verifier_page_button import SaveVerifierPageButton


def _language_changed(widget: QWidget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_the_buttons_set_their_texts_again_on_a_language_change(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    register = RegisterButton(lambda: None, parent)
    page = SaveVerifierPageButton(lambda: None, parent)
    for button, text in ((register, "&Register of certificates…"),
                         (page, "Save verifier &page…")):  # fmt: skip
        assert button.text() == text
        button.setText("stale")
        button.setToolTip("")
        _language_changed(button)
        assert button.text() == text
        assert button.toolTip()


def test_the_register_dialog_sets_its_title_again_on_a_language_change(
    qtbot: QtBot, tasks: TaskRunner, tmp_path: Path
) -> None:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        dialog = RegisterDialog(CertificateRegister(db.session_scope), tasks)
        qtbot.addWidget(dialog)
        dialog.setWindowTitle("stale")
        _language_changed(dialog)
        assert dialog.windowTitle() == "Register of certificates"
        tasks.wait_for_idle(10_000)
    finally:
        db.dispose()
