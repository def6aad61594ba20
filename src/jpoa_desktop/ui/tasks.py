"""Running work off the UI thread: the only module that knows about threads.

A screen hands `TaskRunner.run_task` a plain function and says what to do with its result. The
function is called as `fn(*args, progress=progress, cancelled=cancelled)` on a worker thread:
`progress(done, total)` reports how far it got, `cancelled()` tells it to stop (it should then
raise `errors.Cancelled`, after rolling back). Reads share a small pool; writes go through one
single-worker queue so two writes never race. Results come back to the UI thread by a signal.
A progress dialog with a Cancel button appears only when the work takes longer than ~500 ms.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from jpoa_desktop.errors import Cancelled, JpoaError
from jpoa_desktop.ui.messages import describe, show_error

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
DIALOG_DELAY_MS = 500


class DataNotifier(QObject):
    """Tells every open screen that committed data changed; each decides whether to refresh."""

    data_changed = Signal(frozenset)


class _WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # result, exception (None when it succeeded)


class _Job(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task keeps it until it reports back
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = task.fn(*task.args, progress=task.report_progress, cancelled=task.is_cancelled)
        except BaseException as exc:  # every failure goes back to the UI thread
            task.signals.finished.emit(None, exc)
        else:
            task.signals.finished.emit(result, None)


class Task(QObject):
    """One piece of background work, as the UI thread sees it."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        writes: frozenset[str] | None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.title = title
        self.fn = fn
        self.args = args
        self.writes = writes
        self.signals = _WorkerSignals()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.progress_dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._last_progress = (0, 0)
        self.job = _Job(self)
        self.signals.progress.connect(self._on_progress)

    # Called from the worker thread.
    def report_progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # Called on the UI thread.
    def cancel(self) -> None:
        self._cancel.set()

    def show_progress_dialog(self) -> None:
        if self.done or self.progress_dialog is not None:
            return
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setLabelText(self.title)
        dialog.setCancelButtonText(QCoreApplication.translate("Task", "Cancel"))
        from PySide6.QtCore import (
            Qt,  # the Qt namespace builds ~90 enums: not before the first paint
        )

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        self._on_progress(*self._last_progress)
        dialog.show()

    def close_progress_dialog(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _on_progress(self, done: int, total: int) -> None:
        self._last_progress = (done, total)
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 0))
            self.progress_dialog.setValue(min(done, total) if total > 0 else 0)


class TaskRunner(QObject):
    """Owns the worker pools; every long job in the GUI goes through `run_task`."""

    idle = Signal()
    task_failed = Signal(object)  # the exception, after it was handled

    def __init__(self, parent: QObject | None = None, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.notifier = DataNotifier(self)
        self.log_file = log_file
        self.dialog_delay_ms = DIALOG_DELAY_MS
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(4)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._active: set[Task] = set()

    @property
    def is_idle(self) -> bool:
        return not self._active

    def run_task(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        writes: frozenset[str] | None = None,
        show_progress: bool = True,
    ) -> Task:
        """Run `fn(*args, progress=..., cancelled=...)` on a worker; call back on the UI thread.

        `writes` names the kinds of data the job changes: it then runs on the write queue and
        `notifier.data_changed(writes)` is emitted after it succeeds. `show_progress=False` is for
        work whose progress the caller shows itself (no dialog). Without `on_error`, a
        `JpoaError` is shown in a message box and anything else is logged with its traceback.
        """
        task = Task(parent, title, fn, args, writes)
        self._active.add(task)

        def finish(result: Any, error: BaseException | None) -> None:
            self._finish(task, result, error, on_done, on_error)

        from PySide6.QtCore import (
            Qt,  # the Qt namespace builds ~90 enums: not before the first paint
        )

        task.signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        if show_progress:
            QTimer.singleShot(self.dialog_delay_ms, task, task.show_progress_dialog)
        pool = self._writes if writes is not None else self._reads
        pool.start(task.job)
        return task

    def wait_for_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every task reported back (for tests and for shutting down)."""
        timer = QElapsedTimer()
        timer.start()
        while self._active and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            self._reads.waitForDone(10)
            self._writes.waitForDone(10)
        QCoreApplication.processEvents()
        return not self._active

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        for task in self._active:
            task.cancel()
        self._reads.waitForDone(timeout_ms)
        self._writes.waitForDone(timeout_ms)

    def _finish(
        self,
        task: Task,
        result: Any,
        error: BaseException | None,
        on_done: DoneCallback | None,
        on_error: ErrorCallback | None,
    ) -> None:
        task.done = True
        task.result, task.error = result, error
        task.close_progress_dialog()
        self._active.discard(task)
        try:
            if error is None:
                if task.writes is not None:
                    self.notifier.data_changed.emit(task.writes)
                if on_done is not None:
                    on_done(result)
            else:
                self._report(task, error, on_error)
        finally:
            task.finished.emit()
            if not self._active:
                self.idle.emit()

    def _report(self, task: Task, error: BaseException, on_error: ErrorCallback | None) -> None:
        if not isinstance(error, JpoaError):
            log.error("%s failed", task.title, exc_info=(type(error), error, error.__traceback__))
        if on_error is not None:
            on_error(error)
        elif isinstance(error, Cancelled):
            pass  # the user asked for it; nothing to report
        elif isinstance(error, JpoaError):
            show_error(task.parent_widget, task.title, describe(error))
        else:
            text = QCoreApplication.translate("Task", "Something went wrong: {error}").format(
                error=describe(error)  # no SQL or parameters, a fault in plain words
            )
            if self.log_file is not None:
                details = QCoreApplication.translate(
                    "Task", "The details were written to {path}."
                ).format(path=self.log_file)
                text = f"{text}\n\n{details}"
            show_error(task.parent_widget, task.title, text)
        self.task_failed.emit(error)
