"""File → Export Package… and Import Package… driven through their dialogs, between two real
databases (laptop A: the small demo; laptop B: the library only): export, a sealed export, the
import with its preview, a wrong passphrase asked again, a second import that writes nothing,
cancels that write nothing, a hostile file in one message, and the menu's shortcuts."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from jpoa_desktop.db.workshop_models import Workshop
from jpoa_desktop.errors import Cancelled
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.people.people import PersonInput
from jpoa_desktop.ui.exchange.export_dialog import ExportPackageDialog, export_package
from jpoa_desktop.ui.exchange.import_flow import PackageImport
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.main_window import MainWindow
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner

PASSPHRASE = "Жетісу 2026"
WAIT_MS = 20_000


def workshop_of(services: Services) -> int:
    (workshop,) = services.workshops.workshops("en")
    return workshop.id


def counts(services: Services) -> tuple[int, int, int]:
    """People, registrations and attendance marks of the database's workshops."""
    people = registrations = marks = 0
    for workshop in services.workshops.workshops("en"):
        rows = services.attendance.marks(workshop.id)
        registrations += len(rows)
        marks += sum(len(r.days_present) for r in rows)
        people += len({r.person_id for r in rows})
    return people, registrations, marks


@dataclass
class Desk:
    """Two laptops' databases side by side, the window that shows the dialogs, the task runner."""

    parent: QWidget
    a: Services
    b: Services
    tasks: TaskRunner
    settings: SettingsStore
    folder: Path

    def export_dialog(self) -> ExportPackageDialog:
        return export_package(
            self.parent, self.a, self.tasks, "en", [workshop_of(self.a)], settings=self.settings
        )

    def export(self, name: str = "osh.jpoa", passphrase: str = "") -> Path:
        dialog = self.export_dialog()
        dialog.set_target(self.folder / name)
        if passphrase:
            dialog.passphrase.seal.setChecked(True)
            dialog.passphrase.first.setText(passphrase)
            dialog.passphrase.again.setText(passphrase)
        assert dialog.start() is not None
        assert self.tasks.wait_for_idle(WAIT_MS)
        return self.folder / name

    def start_import(self, path: Path | None) -> PackageImport:
        flow = PackageImport(self.parent, self.b, self.tasks, "en", self.settings)
        flow.start(path)
        assert self.tasks.wait_for_idle(WAIT_MS)
        return flow

    def hold_writes(self) -> threading.Event:
        """A write that waits until the returned event is set: work queued behind it can be
        cancelled before it starts."""
        release = threading.Event()

        def wait(*, progress: Progress, cancelled: CancelCheck) -> None:
            release.wait(20)

        self.tasks.run_task(None, "hold", wait, writes=frozenset(), show_progress=False)
        return release

    def boxes(self) -> list[QMessageBox]:
        return [box for box in self.parent.findChildren(QMessageBox) if box.isVisible()]


@pytest.fixture
def desk(
    qtbot: QtBot,
    translations: Translations,
    demo_db: Database,
    library_db: Database,
    tasks: TaskRunner,
    settings: SettingsStore,
    tmp_path: Path,
) -> Desk:
    parent = QWidget()
    qtbot.addWidget(parent)
    return Desk(parent, Services(demo_db), Services(library_db), tasks, settings, tmp_path)


# Export.
def test_the_export_dialog_ticks_the_selected_workshop_and_writes_its_package(desk: Desk) -> None:
    dialog = desk.export_dialog()
    assert dialog.checked_workshops() == [workshop_of(desk.a)]
    assert dialog.target().suffix == ".jpoa" and "Prevention" in dialog.target().name
    dialog.set_target(desk.folder / "osh.jpoa")
    dialog.start()
    assert desk.tasks.wait_for_idle(WAIT_MS)

    assert (desk.folder / "osh.jpoa").read_bytes().startswith(b"PK")
    assert dialog.done_box is not None and "osh.jpoa" in dialog.done_box.text()
    assert "40 people" in dialog.done_box.text() and "1 workshop," in dialog.done_box.text()
    assert any(b.text() == "Open the folder" for b in dialog.done_box.buttons())


def test_a_sealed_export_needs_the_same_passphrase_twice(desk: Desk) -> None:
    dialog = desk.export_dialog()
    dialog.set_target(desk.folder / "sealed.jpoa")
    dialog.passphrase.seal.setChecked(True)
    assert dialog.problem_text().startswith("Type the passphrase")
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.again.setText(PASSPHRASE + "!")
    assert dialog.problem_text() == "The two passphrases differ."
    assert dialog.start() is None
    dialog.passphrase.again.setText(PASSPHRASE)
    assert dialog.problem_text() == ""
    dialog.start()
    assert desk.tasks.wait_for_idle(WAIT_MS)
    assert (desk.folder / "sealed.jpoa").read_bytes().startswith(b"JPOA-ENC")
    assert dialog.done_box is not None and "Encrypted" in dialog.done_box.informativeText()


def test_the_workshop_filter_hides_what_does_not_match_and_keeps_the_ticks(desk: Desk) -> None:
    picker = desk.export_dialog().workshops
    (item,) = (picker.list.item(r) for r in range(picker.list.count()))
    picker.filter.setText("osh")
    assert not item.isHidden()
    picker.filter.setText("Almaty")
    assert item.isHidden() and picker.checked_ids() == [workshop_of(desk.a)]


def test_an_export_with_nothing_ticked_cannot_start(desk: Desk) -> None:
    dialog = export_package(desk.parent, desk.a, desk.tasks, "en", settings=desk.settings)
    dialog.workshops_choice.setChecked(True)
    assert dialog.problem_text() == "Tick the workshops to export."
    assert dialog.start() is None


def test_a_cancelled_export_leaves_no_file(desk: Desk) -> None:
    dialog = desk.export_dialog()
    dialog.set_target(desk.folder / "never.jpoa")
    release = desk.hold_writes()
    task = dialog.start()  # the export waits in the write queue…
    assert task is not None
    task.cancel()  # … and is cancelled before it starts
    release.set()
    assert desk.tasks.wait_for_idle(WAIT_MS)

    assert isinstance(dialog.error, Cancelled)
    assert [p.name for p in desk.folder.iterdir() if "never" in p.name] == []
    assert desk.boxes() == []  # a cancel is not an error


# Import.
def test_the_import_previews_then_brings_the_workshop_whole(qtbot: QtBot, desk: Desk) -> None:
    flow = desk.start_import(desk.export())

    dialog = flow.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert "40 people" in dialog.counts.text() and "1 workshop," in dialog.counts.text()
    assert "«Workshop: Prevention of violent extremism" in dialog.summary.text()
    assert desk.b.workshops.workshops("en") == []  # the preview wrote nothing
    with qtbot.waitSignal(desk.tasks.notifier.data_changed, timeout=WAIT_MS) as changed:
        dialog.accept()
    assert desk.tasks.wait_for_idle(WAIT_MS)

    assert "people" in changed.args[0] and "workshops" in changed.args[0]
    assert counts(desk.b) == counts(desk.a)
    assert flow.message is not None and flow.message.text() == "The package was imported."
    assert "before-package-import" in flow.message.informativeText()


def test_a_second_import_says_everything_is_here_and_writes_nothing(desk: Desk) -> None:
    package = desk.export()
    first = desk.start_import(package)
    assert first.preview_dialog is not None
    first.preview_dialog.accept()
    assert desk.tasks.wait_for_idle(WAIT_MS)
    backups = sorted((desk.folder / "backups").iterdir())

    again = desk.start_import(package)
    assert again.preview_dialog is None
    assert again.message is not None
    assert again.message.text() == "Everything in this package is already here."
    assert sorted((desk.folder / "backups").iterdir()) == backups


def _venue(services: Services, venue: str) -> None:
    with services.db.session_scope() as session:
        session.scalars(select(Workshop)).one().venue = venue


def _aigerim(services: Services, family: str, given: str) -> None:
    person = PersonInput(
        family_name=family, given_name=given, email="aigerim@example.kz", country="KZ"
    )
    services.workshops.register(workshop_of(services), services.people.add(person))


def test_a_real_conflict_and_look_alike_are_settled_in_the_preview(
    qtbot: QtBot, desk: Desk
) -> None:
    first = desk.start_import(desk.export())
    assert first.preview_dialog is not None
    first.preview_dialog.accept()
    assert desk.tasks.wait_for_idle(WAIT_MS)
    _venue(desk.a, "Venue A")
    _venue(desk.b, "Venue B")
    _aigerim(desk.a, "Ivanova", "Aigerim")
    _aigerim(desk.b, "Иванова", "Айгерим")

    flow = desk.start_import(desk.export("second.jpoa"))
    dialog = flow.preview_dialog
    assert dialog is not None
    (conflict,) = dialog.conflicts.rows()
    venue = conflict.child(0)
    assert venue is not None
    assert (venue.text(0), venue.text(1), venue.text(2)) == ("venue", "Venue B", "Venue A")
    (match,) = dialog.matches.rows()
    assert (match.text(1), match.text(2)) == ("Ivanova Aigerim", "Иванова Айгерим")
    qtbot.mouseClick(dialog.take_all, Qt.MouseButton.LeftButton)
    match.setCheckState(0, Qt.CheckState.Checked)
    dialog.accept()
    assert desk.tasks.wait_for_idle(WAIT_MS)

    assert desk.b.workshops.detail(workshop_of(desk.b), "en").venue == "Venue A"
    assert counts(desk.b) == counts(desk.a)  # Aigerim once on each laptop, merged on B
    assert flow.message is not None
    assert "merged with someone already here" in flow.message.informativeText()


def test_a_wrong_passphrase_is_said_and_asked_again(desk: Desk) -> None:
    flow = desk.start_import(desk.export("sealed.jpoa", PASSPHRASE))
    asked = flow.passphrase_dialog
    assert asked is not None and asked.isVisible() and not asked.problem.isVisible()

    asked.line.setText("not it")
    asked.accept()
    assert desk.tasks.wait_for_idle(WAIT_MS)
    again = flow.passphrase_dialog
    assert again is not None and again is not asked and again.isVisible()
    assert again.problem.text().startswith("The passphrase does not open this package")

    again.line.setText(PASSPHRASE)
    again.accept()
    assert desk.tasks.wait_for_idle(WAIT_MS)
    assert flow.preview_dialog is not None and "40 people" in flow.preview_dialog.counts.text()


def test_a_cancelled_import_writes_nothing(desk: Desk) -> None:
    flow = desk.start_import(desk.export())
    assert flow.preview_dialog is not None
    release = desk.hold_writes()
    flow.preview_dialog.accept()  # the import waits in the write queue…
    assert flow.task is not None
    flow.task.cancel()  # … and is cancelled before it starts
    release.set()
    assert desk.tasks.wait_for_idle(WAIT_MS)

    assert desk.b.workshops.workshops("en") == []
    assert flow.message is not None and flow.message.text() == "The import was cancelled."
    assert not any("library" in p.name for p in (desk.folder / "backups").glob("*"))


def test_a_hostile_file_is_one_message_and_nothing_is_written(desk: Desk) -> None:
    hostile = desk.folder / "cut.jpoa"
    hostile.write_bytes(b"PK\x03\x04 this is not the rest of a zip")
    flow = desk.start_import(hostile)
    assert flow.preview_dialog is None and flow.message is not None
    text = flow.message.text()
    assert text.startswith("Nothing was imported: cut.jpoa is damaged") and "\n" not in text
    assert not (desk.folder / "backups").exists()


def test_the_import_asks_for_the_file_and_a_cancelled_choice_does_nothing(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(*args: object) -> tuple[str, str]:
        asked.append(str(args[3]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    flow = PackageImport(desk.parent, desk.b, desk.tasks, "en", desk.settings)
    with qtbot.waitSignal(flow.finished, timeout=1000) as ended:
        flow.start()
    assert ended.args == [None] and "*.jpoa" in asked[0]


# The menu.
def test_the_file_menu_exports_the_selected_workshop(
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    demo_db: Database,
) -> None:
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.set_database(demo_db)
    menus = window.menus
    assert menus.export_package_action.shortcut().toString() == "Ctrl+Shift+E"
    assert menus.import_package_action.shortcut().toString() == "Ctrl+Shift+I"
    assert menus.export_package_action.text() == "E&xport Package…"
    services = window.databases.services
    assert services is not None
    window.workshops.select_workshop(workshop_of(services))

    menus.export_package_action.trigger()
    (dialog,) = window.findChildren(ExportPackageDialog)
    assert dialog.isVisible() and dialog.checked_workshops() == [workshop_of(services)]
    dialog.reject()


def test_a_draft_exported_as_a_package_appears_on_the_other_laptops_strategies_screen(
    qtbot: QtBot,
    settings: SettingsStore,
    tasks: TaskRunner,
    translations: Translations,
    library_db: Database,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = Services(demo_db)
    (draft, *_) = a.strategies.drafts("en")
    window = MainWindow(settings, tasks, translations)
    qtbot.addWidget(window)
    window.databases.set_database(library_db)
    before = window.strategies.drafts.count()
    dialog = export_package(window, a, tasks, "en", draft_id=draft.id, settings=settings)
    assert dialog.exports_draft() and dialog.draft_box.currentData() == draft.id
    dialog.set_target(tmp_path / "plan.jpoa")
    dialog.start()
    assert tasks.wait_for_idle(WAIT_MS)

    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_args: (str(tmp_path / "plan.jpoa"), "")),
    )
    window.menus.import_package_action.trigger()
    (flow,) = window.findChildren(PackageImport)
    assert tasks.wait_for_idle(WAIT_MS)
    preview = flow.preview_dialog
    assert preview is not None and "1 strategy draft" in preview.counts.text()
    preview.accept()
    assert tasks.wait_for_idle(WAIT_MS)

    assert window.strategies.drafts.count() == before + 1  # the screen heard and re-read
    titles = [window.strategies.drafts.item(r).text() for r in range(before + 1)]
    assert any(draft.title in text for text in titles)
