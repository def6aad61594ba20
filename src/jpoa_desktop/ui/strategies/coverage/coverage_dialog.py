"""How a draft covers the JPoA framework: the pillar × area matrix, the gaps, a comparison.

Non-modal, so it stays open beside the editor: the screen calls `reload()` after each edit and
`set_draft()` when another draft is opened, and listens to `jump_to(item id)` to select the
measure a gap names. Coverage of a 200-measure draft is a read plus a pass in memory (a few
milliseconds, benchmarks/strategies.py), so it is read on the UI thread like the editor's tree;
only the export, which writes a file, runs on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.errors import JpoaError
from jpoa_desktop.io.writing.coverage_export import CoverageWords
from jpoa_desktop.model.strategies import GAP_KINDS, Coverage, CoverageCell
from jpoa_desktop.services.strategies.strategy_coverage import coverage_of
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.strategies.coverage.coverage_compare import FRAMEWORK, Mode, matrix_rows
from jpoa_desktop.ui.strategies.coverage.coverage_gaps import GapList, gap_kind_label
from jpoa_desktop.ui.strategies.coverage.coverage_model import AREA, CoverageMatrixModel
from jpoa_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services


COLUMN_GAP = 8  # pixels added to a column sized to its contents


class CoverageDialog(QDialog):
    jump_to = Signal(int)  # the item id of a measure a gap names

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        draft_id: int,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coverageDialog")
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._tasks = tasks
        self._strategies = services.strategies
        self._service = services.coverage
        self._export = services.strategy_export
        self._draft_id = draft_id
        self._language = language
        self._draft_name = ""
        self._country = ""
        self.coverage: Coverage | None = None  # what the matrix shows (this draft)
        self.other: Coverage | None = None  # the draft compared with, if any
        self.measure_count = 0
        self.summary = QLabel(self)
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_label = QLabel(self)
        self.compare_box = QComboBox(self)
        self.compare_box.setObjectName("coverageCompare")
        self.compare_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.compare_box.setMinimumContentsLength(36)
        self.compare_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.compare_label.setBuddy(self.compare_box)
        self.legend = QLabel(self)
        self.legend.setObjectName("coverageLegend")
        self.legend.setWordWrap(True)
        self.model = CoverageMatrixModel(language, self)
        self.matrix = QTreeView(self)
        self.matrix.setObjectName("coverageMatrix")
        self.matrix.setModel(self.model)
        self.matrix.setUniformRowHeights(True)
        self.matrix.setWordWrap(False)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setStyleSheet("QTreeView#coverageMatrix::item { padding: 0 6px; }")
        self.gaps_label = QLabel(self)
        self.gaps = GapList(self)
        self.gaps_label.setBuddy(self.gaps)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("coverageExport")
        self.refresh_button = QPushButton(self)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(lambda _checked=False: self.reload())
        self.addAction(self.refresh_action)
        self.status = QLabel(self)
        self.status.setObjectName("coverageStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.export_button, self.refresh_button, *self.buttons.buttons()):
            if isinstance(button, QPushButton):  # Enter on a gap opens it, never a button
                button.setAutoDefault(False)
                button.setDefault(False)
        self._build_layout()
        self.refresh_button.clicked.connect(self.refresh_action.trigger)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.close)
        self.compare_box.currentIndexChanged.connect(lambda _i: self._show())
        self.gaps.jump_to.connect(self.jump_to)
        self.gaps.area_chosen.connect(self.show_area)
        self.resize(1100, 700)
        self.retranslate()
        self.reload()

    def _build_layout(self) -> None:
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare_box, 1)
        gaps_panel = QWidget(self)
        column = QVBoxLayout(gaps_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.gaps_label)
        column.addWidget(self.gaps, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.matrix)
        self.splitter.addWidget(gaps_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 180])
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(compare_row)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        header = self.matrix.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)

    def retranslate(self) -> None:
        self.compare_label.setText(self.tr("&Compare with:"))
        self.gaps_label.setText(self.tr("&Gaps (Enter or double-click to open the item)"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save the matrix and the gaps as XLSX or CSV"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the draft again (F5)"))
        self.gaps.retranslate()
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # What the screen tells the dialog.
    def reload(self) -> None:
        """Read the draft (and the draft compared with) again and show them."""
        self._fill_choices()
        self._show()

    def set_draft(self, draft_id: int) -> None:
        self._draft_id = draft_id
        self.reload()

    def set_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)
        self.reload()

    @property
    def draft_id(self) -> int:
        return self._draft_id

    # Reading and showing.
    def _fill_choices(self) -> None:
        """(nothing), the framework, then every other draft; keep what was chosen."""
        chosen = self.compare_box.currentData()
        self.compare_box.blockSignals(True)
        self.compare_box.clear()
        self.compare_box.addItem(self.tr("(nothing)"), None)
        self.compare_box.addItem(self.tr("the JPoA framework"), FRAMEWORK)
        self._draft_name = ""
        for summary in self._strategies.drafts(self._language):
            name = f"{summary.country} · {summary.title}"
            if summary.id == self._draft_id:
                self._draft_name, self._country = name, summary.country
                continue
            self.compare_box.addItem(name, summary.id)
            self.compare_box.setItemData(
                self.compare_box.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        found = self.compare_box.findData(chosen) if chosen is not None else 0
        self.compare_box.setCurrentIndex(max(found, 0))
        self.compare_box.setToolTip(self.compare_box.currentText())
        self.compare_box.blockSignals(False)
        self._show_title()

    def _show_title(self) -> None:
        title = self.tr("Coverage")
        self.setWindowTitle(f"{title} — {self._draft_name}" if self._draft_name else title)

    def _show(self) -> None:
        collapsed = self._collapsed_pillars()
        choice = self.compare_box.currentData()
        self.compare_box.setToolTip(self.compare_box.currentText())
        self.other = None
        missing: list[CoverageCell] = []
        try:
            view = self._strategies.draft(self._draft_id, self._language)
            coverage = coverage_of(view, self._service.pillars(self._language))
            if choice == FRAMEWORK:
                missing = self._service.missing_from_framework(self._draft_id, self._language)
                mode, groups = Mode.FRAMEWORK, matrix_rows(coverage, missing=missing)
            elif isinstance(choice, int):
                comparison = self._service.compare(self._draft_id, choice, self._language)
                self.other = self._service.coverage(choice, self._language)
                groups = matrix_rows(coverage, comparison=comparison, other=self.other)
                mode = Mode.DRAFT
            else:
                mode, groups = Mode.PLAIN, matrix_rows(coverage)
        except JpoaError as exc:  # the draft was deleted meanwhile
            self.coverage, self.measure_count = None, 0
            self.model.set_rows([], Mode.PLAIN)
            self.gaps.fill(())
            self.summary.setText(describe(exc))
            self.legend.hide()
            self.export_button.setEnabled(False)
            return
        self.coverage, self.measure_count = coverage, len(view.measures())
        self.model.set_rows(groups, mode)
        for row, (head, _areas) in enumerate(groups):
            self.matrix.setExpanded(self.model.index(row, 0), head.pillar not in collapsed)
        self._size_columns()
        self.gaps.fill(coverage.gaps)
        self.summary.setText(self._summary_text(coverage))
        self._show_legend(mode, [c.area for c in missing])
        self.export_button.setEnabled(True)

    def _collapsed_pillars(self) -> set[int]:
        collapsed = set()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            head = self.model.row_at(index)
            if head is not None and not self.matrix.isExpanded(index):
                collapsed.add(head.pillar)
        return collapsed

    def _size_columns(self) -> None:
        """Numbers and notes as wide as their contents plus a gap; the area's title takes the
        rest (elided, whole in its tooltip)."""
        header = self.matrix.header()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        for section in range(self.model.columnCount()):
            if self.model.columns[section] == AREA:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(section, header.sectionSize(section) + COLUMN_GAP)

    def _summary_text(self, coverage: Coverage) -> str:
        covered = sum(1 for c in coverage.cells if c.measures)
        parts = (
            self.tr("%n measure(s)", "", self.measure_count),
            self.tr("{covered} of {total} areas covered").format(
                covered=covered, total=len(coverage.cells)
            ),
            self.tr("%n gap(s)", "", len(coverage.gaps)),
        )
        return " · ".join(parts)

    def _show_legend(self, mode: Mode, empty: list[str]) -> None:
        if mode is Mode.PLAIN:
            self.legend.hide()
            return
        if mode is Mode.FRAMEWORK:
            text = self.tr(
                "The draft leaves %n of the framework's areas empty: {areas}", "", len(empty)
            )
            text = text.format(areas=", ".join(empty))
            if not empty:
                text = self.tr("The draft covers every area of the framework.")
        else:
            text = self.tr("A: this draft ({a}) · B: {b}").format(
                a=self._draft_name, b=self.compare_box.currentText()
            )
        self.legend.setText(text)
        self.legend.show()

    def show_area(self, code: str) -> None:
        """Select an area's row in the matrix (what an area's gap leads to)."""
        index = self.model.index_of_area(code)
        if index.isValid():
            self.matrix.expand(index.parent())
            self.matrix.setCurrentIndex(index)
            self.matrix.scrollTo(index)

    # Export.
    def words(self) -> CoverageWords:
        """The export's headings and notes, in the interface language."""
        return CoverageWords(
            matrix_sheet=self.tr("Coverage"),
            gaps_sheet=self.tr("Gaps"),
            pillar=self.tr("Pillar"),
            area=self.tr("Area"),
            title=self.tr("Title"),
            measures=self.tr("Measures"),
            indicators=self.tr("Indicators"),
            budget=self.tr("Budget, {currency}"),
            note=self.tr("Note"),
            no_measure=self.tr("no measure"),
            kind=self.tr("Gap"),
            item=self.tr("Item"),
            text=self.tr("Text"),
            kinds={kind: gap_kind_label(kind) for kind in GAP_KINDS},
            other_measures=self.tr("Measures: {draft}"),
            other_budget=self.tr("Budget, {currency}: {draft}"),
            only_this=self.tr("only this draft covers it"),
            only_other=self.tr("only {draft} covers it").format(
                draft=self.compare_box.currentText()
            ),
            other_name=self.compare_box.currentText(),
        )

    def export(self) -> None:
        """Ask for a file (XLSX unless CSV is chosen), then write it on a worker."""
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV for Excel, UTF-8 (*.csv)")
        suggested = Path.home() / f"coverage-{self._country or self._draft_id}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export coverage"), str(suggested), f"{xlsx};;{csv}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == csv else ".xlsx"))
        self.export_to(target)

    def export_to(self, target: Path) -> Task | None:
        """Write what the matrix shows and the gaps to `target` (.xlsx or .csv) on a worker."""
        if self.coverage is None:
            return None
        self.status.clear()

        def done(_rows: object) -> None:
            self.status.setText(self.tr("Saved to {file}").format(file=target.name))
            self.status.setToolTip(str(target))

        return self._tasks.run_task(
            self,
            self.tr("Exporting coverage"),
            self._export.export_coverage,
            target,
            (self.coverage, self.other),
            self.words(),
            on_done=done,
        )
