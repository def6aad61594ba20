"""Comparing two things in a diff view: the base of the versions dialog, and two drafts.

A diff of a 200-measure draft takes milliseconds and the files it exports are a few pages, so
both run on the UI thread (files are still written to a temporary name, then renamed). The
dialogs are modeless: the draft can be edited beside them, and they compare again whenever they
are activated or `refresh()` is called. "The current draft" is what the database holds: the
editor saves every edit at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.io.writing.strategy_diff_export import DiffReport, report_of
from jpoa_desktop.model.strategies import DraftDiff, DraftSummary, DraftView
from jpoa_desktop.services.container import Services
from jpoa_desktop.ui.messages import describe, show_error
from jpoa_desktop.ui.strategies.versions.diff_view import (
    DiffView,
    TranslatedWording,
    draft_texts,
    headings,
    partner_names,
)

CURRENT = -1  # the combos' id for "the current draft"
ID_ROLE = Qt.ItemDataRole.UserRole


def numbers(view: DraftView) -> dict[str, int]:
    """Item ids by number ("2.1.3") and by uuid: where a diff entry is in the draft now."""
    found: dict[str, int] = {}
    for goal in view.goals:
        found[goal.number] = found[goal.uuid] = goal.id
        for objective in goal.objectives:
            found[objective.number] = found[objective.uuid] = objective.id
            for m in objective.measures:
                found[m.number] = found[m.uuid] = m.id
    return found


class CompareDialog(QDialog):
    """From and To combos over a diff view with Export; subclasses say what can be compared."""

    jump_to = Signal(int)  # an item of the current draft, double-clicked in the diff

    def __init__(
        self, services: Services, draft_id: int, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self._draft_id = draft_id
        self._language = language
        self._strategies = services.strategies
        self._versions = services.versions
        self._export = services.strategy_export
        self._current: DraftView | None = None
        self._diff: DraftDiff | None = None
        self._where: dict[str, int] = {}  # number or uuid → item id in the current draft
        self.error_box: QMessageBox | None = None
        self.from_combo, self.to_combo = QComboBox(self), QComboBox(self)
        for combo in (self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _index: self.compare())
        self.swap_button = QToolButton(self)
        self.swap_button.setText("⇄")
        self.swap_button.clicked.connect(self.swap)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = DiffView(self)
        self.view.entry_activated.connect(self._activated)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.from_label, self.to_label = QLabel(self), QLabel(self)

    def draft_id(self) -> int:
        """The draft this window compares (the one open in the screen when it was opened)."""
        return self._draft_id

    def compare_pane(self) -> QWidget:
        pane = QWidget(self)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        for widget in (self.from_label, self.from_combo, self.swap_button, self.to_label,
                       self.to_combo):  # fmt: skip
            choose.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        column.addLayout(choose)
        column.addWidget(self.summary)
        column.addWidget(self.view, 1)
        return pane

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.swap_button.setToolTip(self.tr("Swap From and To"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the differences as Word, Excel or CSV"))
        self.view.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()  # the draft may have been edited beside the dialog
        return super().event(event)

    # What subclasses provide.
    def refresh(self) -> None:
        raise NotImplementedError

    def _compute(self, old: int, new: int) -> tuple[DraftDiff, TranslatedWording]:
        """The diff from `old` to `new`, and the words to show it in."""
        raise NotImplementedError

    def _side_name(self, combo: QComboBox) -> str:
        return combo.currentText()

    def _title(self, current: DraftView) -> str:
        """The report's title (the exported file's first line)."""
        return self.tr("Changes in “{draft}”").format(draft=current.summary.title)

    # Comparing.
    def chosen(self) -> tuple[int, int]:
        """The ids chosen in From and To (`CURRENT` for the current draft)."""
        return int(self.from_combo.currentData() or CURRENT), int(
            self.to_combo.currentData() or CURRENT
        )

    def choose(self, old: int, new: int) -> None:
        """Select `old` in From and `new` in To, and compare."""
        for combo, wanted in ((self.from_combo, old), (self.to_combo, new)):
            combo.blockSignals(True)
            index = combo.findData(wanted)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.compare()

    def swap(self) -> None:
        old, new = self.chosen()
        self.choose(new, old)

    def _read_current(self) -> DraftView | None:
        try:
            self._current = self._strategies.draft(self._draft_id, self._language)
        except JpoaError:  # the draft was deleted meanwhile
            self._current = None
        self._where = numbers(self._current) if self._current is not None else {}
        return self._current

    def compare(self) -> None:
        if self.from_combo.count() == 0 or self.to_combo.count() == 0 or self._current is None:
            self._diff = None
            self.view.show_report(None)
            self.export_button.setEnabled(False)
            return
        old, new = self.chosen()
        try:
            diff, wording = self._compute(old, new)
        except JpoaError as error:
            self.error_box = show_error(self, self.windowTitle(), describe(error))
            return
        self._diff = diff
        title = self._title(self._current)
        subtitle = self.tr("From “{old}” to “{new}”").format(
            old=self._side_name(self.from_combo), new=self._side_name(self.to_combo)
        )
        report = report_of(diff, title, subtitle, wording, headings())
        if report != self.view.report:  # unchanged on activation: keep the scroll position
            self.view.show_report(report)
        # Counts by format, not "%n" plural forms: PySide's tr() finds plural forms only under
        # the subclass's name (VersionsDialog), and these words do not change with the count.
        counts = [
            (len(diff.added), QCoreApplication.translate("CompareDialog", "{n} added")),
            (len(diff.removed), QCoreApplication.translate("CompareDialog", "{n} removed")),
            (len(diff.moved), QCoreApplication.translate("CompareDialog", "{n} moved")),
            (len(diff.changed), QCoreApplication.translate("CompareDialog", "{n} changed")),
        ]
        said = ", ".join(text.format(n=count) for count, text in counts if count) or self.tr(
            "No differences"
        )
        self.summary.setText(f"{subtitle}: {said}")
        self.export_button.setEnabled(True)

    def report(self) -> DiffReport | None:
        """The diff as shown (what Export writes)."""
        return self.view.report

    def _activated(self, section: str, index: int) -> None:
        """Find the entry in the current draft: by its number on the side that is the current
        draft (a draft compared with another keeps the other's uuids), else by uuid."""
        if self._diff is None:
            return
        entry = getattr(self._diff, section)[index]
        old, new = self.chosen()
        keys = [entry.uuid]
        if new == self._current_key() and entry.number_after:
            keys.insert(0, entry.number_after)
        elif old == self._current_key() and entry.number_before:
            keys.insert(0, entry.number_before)
        for key in keys:
            if key in self._where:
                self.jump_to.emit(self._where[key])
                return

    def _current_key(self) -> int:
        return CURRENT

    # Exporting.
    def export(self, target: Path | None = None) -> Path | None:
        """Write the shown diff to `target` (asked for when None) as DOCX, XLSX or CSV."""
        report = self.view.report
        if report is None:
            return None
        if target is None:
            target = self._ask_file(report)
            if target is None:
                return None
        try:
            self._export.export_diff(report, target)
        except JpoaError as error:
            self.error_box = show_error(self, self.tr("Export"), describe(error))
            return None
        except OSError as error:
            self.error_box = show_error(self, self.tr("Export"), str(error))
            return None
        self.summary.setText(self.tr("Saved to {file}").format(file=str(target)))
        return target

    def _ask_file(self, report: DiffReport) -> Path | None:
        word = self.tr("Word document (*.docx)")
        excel = self.tr("Excel workbook (*.xlsx)")
        text = self.tr("CSV for Excel, UTF-8 (*.csv)")
        name = "".join(c for c in report.title if c.isalnum() or c in " -_")[:60].strip()
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the differences"),
            str(Path.home() / f"{name or 'diff'}.docx"),
            f"{word};;{excel};;{text}",
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".docx", ".xlsx", ".csv"):
            suffix = {excel: ".xlsx", text: ".csv"}.get(chosen, ".docx")
            target = target.with_name(target.name + suffix)
        return target


class DraftCompareDialog(CompareDialog):
    """Two drafts compared (a copy with its original, or two countries' plans): by default
    what the open draft changes compared with another draft."""

    def __init__(
        self, services: Services, draft_id: int, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, draft_id, language, parent)
        self.setObjectName("strategyDraftCompare")
        self._drafts: list[DraftSummary] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.compare_pane(), 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(1000, 650)
        self.refresh()
        self.choose(self._default_other(), draft_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Compare drafts"))

    def _current_key(self) -> int:
        return self._draft_id

    def _title(self, current: DraftView) -> str:
        del current
        return self.tr("Differences between two drafts")

    def _default_other(self) -> int:
        """Another draft of the same country if there is one, else any other draft."""
        country = self._current.summary.country if self._current else ""
        others = [d for d in self._drafts if d.id != self._draft_id]
        same = [d for d in others if d.country == country]
        return (same or others or self._drafts)[0].id if self._drafts else CURRENT

    def refresh(self) -> None:
        old, new = self.chosen()
        self._read_current()
        self._drafts = self._strategies.drafts(self._language)
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for draft in self._drafts:
                combo.addItem(f"{draft.country} · {draft.title}", draft.id)
                combo.setItemData(combo.count() - 1, draft.title, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        self.choose(old, new)

    def compare_drafts(self, draft_a: int, draft_b: int) -> None:
        """Show what draft B adds, removes, moves and changes compared with draft A."""
        self.choose(draft_a, draft_b)

    def _compute(self, old: int, new: int) -> tuple[DraftDiff, TranslatedWording]:
        views = {
            side: self._current
            if side == self._draft_id and self._current is not None
            else self._strategies.draft(side, self._language)
            for side in (old, new)
        }
        partners = {**partner_names(views[old]), **partner_names(views[new])}
        texts = draft_texts(views[old]), draft_texts(views[new])
        wording = TranslatedWording(self._language, *texts, partners)
        return self._versions.diff_drafts(old, new), wording
