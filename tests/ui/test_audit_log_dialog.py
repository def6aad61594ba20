"""The audit log in the app: a draft's and a workshop's changes on a real server, newest first,
filtered by text and by person, more read on demand, exported on a worker; Ctrl+F and Esc; the
entry points on the Strategies and Workshops screens; and one plain sentence on a laptop's file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.postgres_cluster import Cluster, cluster_for_tests
from tests.ui.strategy_screen_fixtures import action_plan, shown_screen

from jpoa_desktop.model.strategies import ItemInput
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.server.audit import AuditService
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.ui.audit.dialog import AuditDialog
from jpoa_desktop.ui.i18n import Translations
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.workshops.screen import WorkshopsScreen

FORMULA = "=HYPERLINK(1)"
EDITS = 220


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    started = cluster_for_tests(max_connections=30)
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
def server(cluster: Cluster) -> Iterator[tuple[Database, int, int]]:
    """A server database with a draft whose measure was edited 220 times (more than a page of
    the log), and a workshop."""
    url = cluster.create_database("audit_ui")
    db = open_database(url.render_as_string(hide_password=False))
    strategies = StrategyService(db.session_scope)
    draft = action_plan(db)
    goal = strategies.add_item(draft, None, "goal", ItemInput(texts={"en": "Prevent"}))
    objective = strategies.add_item(draft, goal, "objective", ItemInput(texts={"en": "Schools"}))
    measure = strategies.add_item(draft, objective, "measure", ItemInput(texts={"en": "Step 000"}))
    for n in range(1, EDITS + 1):
        text = FORMULA if n == EDITS else f"Step {n:03d}"
        strategies.update_item(measure, ItemInput(texts={"en": text}))
    workshop = WorkshopService(db.session_scope).create(
        WorkshopInput(titles={"en": "Border security"}, start=date(2026, 12, 1),
                      end=date(2026, 12, 2), city="Osh", country="KG")
    )  # fmt: skip
    yield db, draft, workshop
    db.dispose()


def opened(qtbot: QtBot, tasks: TaskRunner, db: Database, scope: str, owner: int) -> AuditDialog:
    dialog = AuditDialog(AuditService(db.session_scope), tasks, scope, owner)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert tasks.wait_for_idle(30_000)
    return dialog


def column(dialog: AuditDialog, number: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, number))) for row in range(model.rowCount())]


def test_a_draft_s_log_reads_a_page_newest_first_and_more_on_demand(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, server: tuple[Database, int, int]
) -> None:
    db, draft, _workshop = server
    dialog = opened(qtbot, tasks, db, "draft", draft)
    total = AuditService(db.session_scope).page("draft", draft).total
    assert dialog.heading.text() == "Changes to the draft “Action plan”, newest first"
    assert dialog.table.isVisible() and not dialog.notice.isVisible()
    assert column(dialog, 1)[0] == "jpoa_test_admin"
    assert column(dialog, 2)[0] == f"Plan item “{FORMULA}”"
    assert column(dialog, 4)[0] == f"en: Step {EDITS - 1} → en: {FORMULA}"
    assert total > 200 and dialog.model.rowCount() == 200  # a page; the rest on demand
    assert dialog.more_button.isVisible()
    dialog.more_button.click()
    assert tasks.wait_for_idle(30_000)
    assert dialog.model.rowCount() == total
    assert not dialog.more_button.isVisible()
    assert dialog.count.text() in (f"{total} of {total} change(s)", f"{total} of {total} changes")
    times = [line.changed_at for line in dialog.model.lines]
    assert times == sorted(times, reverse=True)


def test_the_filter_and_the_person_narrow_the_log_and_keys_work(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, server: tuple[Database, int, int]
) -> None:
    db, draft, _workshop = server
    dialog = opened(qtbot, tasks, db, "draft", draft)
    assert [dialog.user.itemData(i) for i in range(dialog.user.count())] == [
        None, "jpoa_test_admin"]  # fmt: skip
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.filter
    qtbot.keyClicks(dialog.filter, "step 017")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)  # 16 → 17, 17 → 18
    assert all("Step 017" in change for change in column(dialog, 4))
    dialog.filter.clear()
    dialog.user.setCurrentIndex(dialog.user.findData("jpoa_test_admin"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 30, timeout=10_000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_export_writes_every_matching_change_on_a_worker(
    qtbot: QtBot,
    tasks: TaskRunner,
    translations: Translations,
    server: tuple[Database, int, int],
    tmp_path: Path,
) -> None:
    db, draft, _workshop = server
    dialog = opened(qtbot, tasks, db, "draft", draft)
    dialog.filter.setText("HYPERLINK")
    dialog.reload()
    assert tasks.wait_for_idle(30_000)
    dialog.export_to(tmp_path / "log.xlsx")
    assert tasks.wait_for_idle(30_000)
    assert dialog.status.text().startswith(f"{dialog.model.rowCount()} change")
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    assert sheet is not None
    changes = [row for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(changes) == dialog.model.rowCount() == 1
    assert str(changes[0][5]) == FORMULA  # the measure's label: text, not a formula
    assert sheet["F2"].data_type != "f"


def test_the_screens_open_the_log_of_the_draft_and_the_workshop_chosen(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, server: tuple[Database, int, int]
) -> None:
    db, draft, workshop = server
    strategies = shown_screen(qtbot, tasks, translations, db)
    strategies.open_draft(draft)
    entry = strategies.menu.audit
    assert entry.action.isEnabled() and entry.action.text() == "Audit log…"
    assert entry.action in strategies.menu.menu.actions()
    dialog = entry.open_log()
    assert dialog is not None and (dialog.scope, dialog.owner_id) == ("draft", draft)
    assert tasks.wait_for_idle(30_000)
    dialog.close()

    workshops = WorkshopsScreen(tasks, "en")
    qtbot.addWidget(workshops)
    workshops.set_services(Services(db))
    workshops.show()
    assert tasks.wait_for_idle(30_000)
    assert workshops.select_workshop(workshop)
    entry = workshops.actions_.audit
    qtbot.waitUntil(entry.action.isEnabled)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(workshops.table, Qt.Key.Key_L, ctrl_shift)
    assert entry.dialog is not None and entry.dialog.owner_id == workshop
    assert tasks.wait_for_idle(30_000)
    assert entry.dialog.heading.text() == "Changes to the workshop “Border security”, newest first"
    (added,) = column(entry.dialog, 4)  # one entry: the workshop was made, with its fields
    assert added.startswith("added: ")
    assert {"City: Osh", "Country: KG", "Title: en: Border security"} <= set(added[7:].split("; "))
    tip = entry.dialog.model.data(entry.dialog.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Start: 2026-12-01" in tip.splitlines()


def test_a_laptop_s_file_says_it_keeps_no_log(
    qtbot: QtBot, tasks: TaskRunner, translations: Translations, library_db: Database
) -> None:
    draft = action_plan(library_db)
    dialog = opened(qtbot, tasks, library_db, "draft", draft)
    assert dialog.notice.isVisible() and not dialog.table.isVisible()
    assert "keeps no audit log" in dialog.notice.text()
    assert not dialog.export_button.isEnabled() and not dialog.filter.isEnabled()
    assert dialog.count.text() == ""
