"""Keeping the Handouts screen's preview up to date: each change of options builds a new PDF.

Options typed in quick succession make one preview (a short delay), a build still running for
older options is cancelled, and the old pages stay in view until the new ones are there. The
preview is a real PDF in a private temporary folder, built by the same `HandoutService.build`
as "Save as PDF" and printing, so what the trainer sees is what comes out.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.model.languages import by_language
from jpoa_desktop.ui.handouts.notices_dialog import summary
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.widgets.code_labels import language_label

if TYPE_CHECKING:
    from jpoa_desktop.services.handouts.handouts import HandoutService
    from jpoa_desktop.services.handouts.request import HandoutRequest
    from jpoa_desktop.ui.handouts.preview import PreviewPane
    from jpoa_desktop.ui.tasks import Task, TaskRunner

PREVIEW_DELAY_MS = 250  # options typed in quick succession make one preview
# The texts here were the screen's: they keep its context ("HandoutsScreen") and translations.


def fallback_notes(fallbacks: Iterable[str]) -> list[str]:
    """One note per language a text was printed in for want of the handout's own."""
    return [
        QCoreApplication.translate(
            "HandoutsScreen", "Printed in {language} for want of a translation: {texts}"
        ).format(language=language_label(code), texts=", ".join(names))
        for code, names in by_language(fallbacks).items()
    ]


class PreviewBuilder(QObject):
    """Builds the preview on a worker after a short delay and shows it in `pane`; `bar` shows
    the build's progress. `scratch` is the private folder for the previews (and prints)."""

    def __init__(
        self, parent: QWidget, tasks: TaskRunner, pane: PreviewPane, bar: QProgressBar
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self._pane = pane
        self._bar = bar
        self._folder = tempfile.TemporaryDirectory(prefix="jpoa-preview-")
        self._count = 0
        self._task: Task | None = None
        self._previewed_kind: str | None = None
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(PREVIEW_DELAY_MS)

    @property
    def scratch(self) -> Path:
        return Path(self._folder.name)

    def pending(self) -> bool:
        return self.delay.isActive()

    def build(self, handouts: HandoutService, request: HandoutRequest) -> None:
        """Build `request` into a new file and show it once built."""
        self.delay.stop()
        if self._task is not None:
            self._task.cancel()
        self._count += 1
        number = self._count
        out = self.scratch / f"preview-{number}.pdf"
        notices = PrintNotices()
        self._pane.show_building()
        self._bar.setRange(0, 0)
        self._bar.show()
        task = self._tasks.run_task(
            self._parent,
            QCoreApplication.translate("HandoutsScreen", "Building the preview"),
            partial(handouts.build, notices=notices),
            request,
            out,
            on_done=lambda english: self._built(number, out, request, english, notices),
            on_error=lambda error: self._failed(number, error),
            show_progress=False,
        )
        task.signals.progress.connect(lambda done, total: self._progress(number, done, total))
        self._task = task

    def _progress(self, number: int, done: int, total: int) -> None:
        if number == self._count and total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(done)

    def _built(
        self,
        number: int,
        out: Path,
        request: HandoutRequest,
        english: list[str],
        notices: PrintNotices,
    ) -> None:
        if number != self._count:
            out.unlink(missing_ok=True)
            return
        self._task = None
        self._bar.hide()
        previous = self._pane.pdf()
        same_kind = previous is not None and self._previewed_kind == request.kind
        self._previewed_kind = request.kind
        self._pane.load(out, keep_page=same_kind)
        changes = tuple(notices.items)
        self._pane.status.setText(" · ".join(p for p in (self._note(english),
                                                         summary(changes)) if p))  # fmt: skip
        self._pane.set_notices(changes)
        if previous is not None and previous != out:
            previous.unlink(missing_ok=True)

    def _failed(self, number: int, error: BaseException) -> None:
        if number != self._count:
            return
        self._task = None
        self._bar.hide()
        if isinstance(error, Cancelled):
            return
        self._pane.show_message(describe(error))

    def _note(self, english: list[str]) -> str:
        pages = self._pane.page_total()
        parts = [self.tr("%n page(s)", "", pages)] if pages else []
        parts += fallback_notes(english)
        return " · ".join(parts)
