"""Background tasks: results, errors, cancelling, and the data-changed notice."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.ui.tasks import TaskRunner


def _add(a: int, b: int, *, progress: Progress, cancelled: CancelCheck) -> int:
    progress(1, 1)
    return a + b


def test_result_comes_back_on_the_ui_thread(tasks: TaskRunner) -> None:
    seen: list[tuple[int, bool]] = []
    ui_thread = threading.current_thread()
    tasks.run_task(
        None, "Adding", _add, 2, 3,
        on_done=lambda r: seen.append((r, threading.current_thread() is ui_thread)),
    )  # fmt: skip
    assert tasks.wait_for_idle()
    assert seen == [(5, True)]


def test_errors_are_routed_to_on_error(tasks: TaskRunner) -> None:
    def fail(*, progress: Progress, cancelled: CancelCheck) -> None:
        raise ValidationError("row 3: bad value")

    errors: list[BaseException] = []
    done: list[Any] = []
    tasks.run_task(None, "Failing", fail, on_done=done.append, on_error=errors.append)
    assert tasks.wait_for_idle()
    assert done == []
    assert [str(e) for e in errors] == ["row 3: bad value"]


def test_a_domain_error_without_handler_is_shown_in_a_message_box(
    tasks: TaskRunner, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail(*, progress: Progress, cancelled: CancelCheck) -> None:
        raise ValidationError("The file has no areas")

    tasks.run_task(parent, "Importing", fail)
    assert tasks.wait_for_idle()
    boxes = parent.findChildren(QMessageBox)
    assert [box.text() for box in boxes] == ["The file has no areas"]


def test_an_unexpected_error_is_logged_with_its_traceback(
    tasks: TaskRunner, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def crash(*, progress: Progress, cancelled: CancelCheck) -> None:
        raise ZeroDivisionError("boom")

    tasks.run_task(parent, "Crashing", crash)
    assert tasks.wait_for_idle()
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    boxes = parent.findChildren(QMessageBox)
    assert boxes and "ZeroDivisionError: boom" in boxes[0].text()


def test_writing_task_emits_data_changed_with_its_kinds(tasks: TaskRunner, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tasks.notifier.data_changed, timeout=5000) as blocker:
        tasks.run_task(None, "Writing", _add, 1, 1, writes=frozenset({"library"}))
    assert blocker.args == [frozenset({"library"})]


def test_reading_task_does_not_emit_data_changed(tasks: TaskRunner, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(tasks.notifier.data_changed):
        tasks.run_task(None, "Reading", _add, 1, 1)
        assert tasks.wait_for_idle()


def test_writes_run_one_at_a_time(tasks: TaskRunner) -> None:
    running = 0
    most = 0
    lock = threading.Lock()

    def write(*, progress: Progress, cancelled: CancelCheck) -> None:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1

    for _ in range(4):
        tasks.run_task(None, "Writing", write, writes=frozenset({"x"}))
    assert tasks.wait_for_idle()
    assert most == 1


def test_progress_dialog_appears_for_slow_work_and_cancel_stops_it(
    tasks: TaskRunner, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    tasks.dialog_delay_ms = 50
    saw_cancel: list[bool] = []

    def slow(*, progress: Progress, cancelled: CancelCheck) -> None:
        for step in range(500):
            if cancelled():
                saw_cancel.append(True)
                raise Cancelled("stopped")
            progress(step, 500)
            time.sleep(0.01)

    errors: list[BaseException] = []
    task = tasks.run_task(parent, "Slow work", slow, on_error=errors.append)
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.isVisible())
    dialog = task.progress_dialog
    assert dialog is not None and dialog.labelText() == "Slow work"
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    assert tasks.wait_for_idle()
    assert saw_cancel == [True]
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert task.progress_dialog is None


def test_quick_work_shows_no_progress_dialog(tasks: TaskRunner) -> None:
    task = tasks.run_task(None, "Quick", _add, 1, 2)
    assert tasks.wait_for_idle()
    assert task.progress_dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Quick"]
