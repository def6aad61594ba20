"""Dashboard: the programme at a glance for a period, a country, a pillar, a phase or one
workshop: who came (by sex, country, kind of organisation), how often, what they learned and
what they thought, as big numbers and the donor report's own charts.

The database is read once, on a worker, for every workshop's totals (`FigureService.totals`,
half a second or more over a large programme, the screen saying it is reading); each change of a
filter then only adds up the workshops it keeps (`workshop_totals.figures_from`, a few ms) and
draws the charts, on a worker too (`drawing.draw_dashboard`), so the screen never freezes; an
answer for a filter the user has since left is dropped. Any change of the data (but a strategy's)
drops the totals and the answers, which are kept by filter, language and width, so going back to
a filter is instant. F5 reads the database again. The last filters are kept in the settings.
Keys: F5 refreshes, Esc shows everything again, Ctrl+R opens the donor report of what is shown
(the Reports screen, same filters); each filter has its Alt+letter.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.evaluation import ReportFilter
from jpoa_desktop.services.reports.workshop_totals import ProgrammeTotals, figures_from
from jpoa_desktop.texts.formatting import short_date
from jpoa_desktop.ui.dashboard.drawing import DashboardView, draw_dashboard, read_totals
from jpoa_desktop.ui.dashboard.filter_bar import FilterState, ReportFilterBar, list_workshops
from jpoa_desktop.ui.dashboard.icon import dashboard_icon
from jpoa_desktop.ui.dashboard.tiles import Tiles
from jpoa_desktop.ui.dashboard.words import chart_words
from jpoa_desktop.ui.retranslating import Retranslating
from jpoa_desktop.ui.settings.store import SettingsStore
from jpoa_desktop.ui.tasks import TaskRunner
from jpoa_desktop.ui.widgets.read_only_fields import heading_label

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint, when a database is opened
    from jpoa_desktop.services.container import Services

CHARTS = 5
SPACING = 16
REPORT_KEY = "Ctrl+R"  # used by no menu or other screen
RIGHT_GAP = 10
MIN_CHART_WIDTH = 280
TWO_COLUMNS_FROM = 860  # below, one chart a row: two would print their words too small
CACHE_SIZE = 24
CacheKey = tuple[ReportFilter, str, int, str]
UNRELATED = frozenset({"strategies"})  # changes that leave every figure as it was


class DashboardScreen(Retranslating, QWidget):
    screen_id = "dashboard"
    report_requested = Signal(object)  # the FilterState the donor report should cover

    def __init__(
        self,
        tasks: TaskRunner,
        language: str,
        settings: SettingsStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardScreen")
        self._tasks = tasks
        self._settings = settings
        self._language = language
        self._services: Services | None = None
        self._generation = 0
        self._cache: dict[CacheKey, DashboardView] = {}
        self.totals: ProgrammeTotals | None = None  # every workshop's, read once (tests read it)
        self._epoch = 0  # counts databases opened and data changes: older totals are stale
        self._reading: int | None = None  # the epoch of the totals being read, if any
        self._stale = True  # data changed (or none shown yet) while the screen was hidden
        self._workshops_listed = False
        self.view: DashboardView | None = None  # what is shown (tests and screenshots read it)
        self.heading = heading_label(self, "dashboardHeading", 1.6)
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.request_report)
        self.filters = ReportFilterBar(self)
        self.filters.set_state(FilterState.from_json(settings.dashboard_filter))
        self.tiles = Tiles(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.charts = [QLabel(self) for _ in range(CHARTS)]
        for index, chart in enumerate(self.charts):
            chart.setObjectName(f"dashboardChart{index}")
            chart.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the charts' width does not change when they first need scrolling.
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        holder = QWidget(self.area)
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, RIGHT_GAP, 0)  # the charts never touch the scroll bar
        self.grid.setSpacing(SPACING)
        self._columns = 0
        self._lay_out_charts()
        self.area.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.tiles)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(200)
        self._resize_timer.timeout.connect(self._on_resized)
        self._shown_width = 0
        self.filters.changed.connect(self._on_filter_changed)
        tasks.notifier.data_changed.connect(self._on_data_changed)
        for sequence, slot in (
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.force_refresh),
            (QKeySequence(Qt.Key.Key_Escape), self.filters.reset),
            (QKeySequence(REPORT_KEY), self.request_report),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()

    # The Screen protocol.
    def title(self) -> str:
        return self.tr("Dashboard")

    def icon(self) -> QIcon:
        return dashboard_icon()

    def set_services(self, services: Services | None) -> None:
        self._services = services
        self._forget()
        self._stale = True
        self._generation += 1  # an answer still coming is the other database's
        if services is None:
            self.filters.set_workshops([])
            self._show_nothing(self.tr("Open a database to see its figures."))
            return
        self._workshops_listed = False
        if self.isVisible():
            self._load_workshops()
            self.refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self._workshops_listed = False
        if self.isVisible():
            self._load_workshops()
            self.refresh()
        else:
            self._stale = True

    def request_report(self) -> None:
        """Ctrl+R: the Reports screen, with these filters, builds the donor report."""
        self.report_requested.emit(self.filters.state())

    def prepare_screenshot(self) -> None:
        """For `--screenshot`: the whole programme, counted and drawn now."""
        self.filters.set_state(FilterState())
        self.refresh()

    # Refreshing.
    def chart_width(self) -> int:
        """The width, in device pixels, each chart is drawn at: half the visible area."""
        columns = self.columns()
        room = self.area.viewport().width() - RIGHT_GAP - SPACING * (columns - 1)
        logical = max(MIN_CHART_WIDTH, room // columns)
        return int(logical * self.devicePixelRatioF())

    def columns(self) -> int:
        return 2 if self.area.viewport().width() >= TWO_COLUMNS_FROM else 1

    def _lay_out_charts(self) -> None:
        """The charts in one or two columns, as the width allows."""
        columns = self.columns()
        if columns == self._columns:
            return
        self._columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        for index, chart in enumerate(self.charts):
            self.grid.addWidget(chart, index // columns, index % columns)

    def refresh(self) -> None:
        """Show the figures for the filters now chosen: at once when known, else on a worker."""
        services = self._services
        if services is None:
            return
        self._stale = False
        self._lay_out_charts()
        self._generation += 1
        generation = self._generation
        report = self.filters.report_filter()
        words = chart_words(self._language)
        width = self.chart_width()
        key = (report, self._language, width, words.no_data)  # words.no_data: the UI language
        if key in self._cache:
            self._show(generation, key, self._cache[key])
            return
        totals = self.totals
        if totals is None:
            self.status.setText(self.tr("Reading the figures of every workshop…"))
            self._read_totals(services)
            return
        self.status.setText(self.tr("Counting…"))
        self._tasks.run_task(
            self,
            self.tr("Counting the figures"),
            draw_dashboard,
            partial(figures_from, totals),
            report,
            words,
            width,
            on_done=lambda view: self._show(generation, key, view),
            on_error=lambda error: self._show_error(generation, error),
            show_progress=False,
        )

    def force_refresh(self) -> None:
        """F5: the database read again (another program may have written to it)."""
        self._forget()
        self.refresh()

    def _forget(self) -> None:
        """Drop every figure read so far: the data they came from changed."""
        self._cache.clear()
        self.totals = None
        self._epoch += 1  # totals still being read are of the data before

    def _read_totals(self, services: Services) -> None:
        """Every workshop's totals, read on a worker (once for all the reads asked meanwhile);
        the filters chosen then are shown when they come."""
        if self._reading == self._epoch:
            return
        epoch = self._reading = self._epoch
        self._tasks.run_task(
            self,
            self.tr("Reading the figures of every workshop"),
            read_totals,
            services.figures.totals,
            on_done=lambda totals: self._got_totals(epoch, totals),
            on_error=lambda error: self._totals_failed(epoch, error),
            show_progress=False,
        )

    def _got_totals(self, epoch: int, totals: ProgrammeTotals) -> None:
        if epoch != self._epoch:
            return  # read before the data changed: the change asked for them again
        self._reading = None
        self.totals = totals
        self.refresh()

    def _totals_failed(self, epoch: int, error: BaseException) -> None:
        if epoch == self._epoch:
            self._reading = None  # the next refresh tries again
            self._show_error(self._generation, error)

    def _show(self, generation: int, key: CacheKey, view: DashboardView | None) -> None:
        if view is None:
            return
        self._cache[key] = view
        while len(self._cache) > CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))
        if generation != self._generation:
            return
        self.view = view
        self._shown_width = key[2]
        self.tiles.show_figures(view.tiles)
        ratio = self.devicePixelRatioF()
        for label, image in zip(self.charts, view.charts, strict=False):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self.status.setText(self._summary(view))

    def _summary(self, view: DashboardView) -> str:
        report = view.figures.filter
        if report.workshop_id is not None:
            line = next(iter(view.figures.per_workshop), None)
            return line.title if line is not None else ""
        if report.start is None and report.end is None:
            return self.tr("Every workshop so far.")
        start = short_date(report.start, self._language) if report.start else "…"
        end = short_date(report.end, self._language) if report.end else "…"
        return self.tr("Workshops starting from {start} to {end}.").format(start=start, end=end)

    def _show_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._show_nothing(self.tr("The figures could not be counted: {error}").format(
                error=error))  # fmt: skip

    def _show_nothing(self, message: str) -> None:
        self.view = None
        for label in self.charts:
            label.setPixmap(QPixmap())
        self.status.setText(message)

    # Reacting.
    def _on_filter_changed(self) -> None:
        self._settings.dashboard_filter = self.filters.state().as_json()
        self.refresh()

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds and kinds <= UNRELATED:
            return
        self._forget()
        self._workshops_listed = False  # a workshop may have come or gone
        if self.isVisible():
            self._load_workshops()
            self.refresh()
        else:
            self._stale = True

    def _load_workshops(self) -> None:
        """The workshop filter's list, asked when the screen is first shown (not at start:
        a screen nobody opens costs nothing)."""
        services = self._services
        if services is None or self._workshops_listed:
            return
        self._workshops_listed = True
        self._tasks.run_task(
            self,
            self.tr("Listing the workshops"),
            list_workshops,
            services,
            self._language,
            on_done=self.filters.set_workshops,
            show_progress=False,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_workshops()
        if self._stale or self.chart_width() != self._shown_width:
            QTimer.singleShot(0, self, self.refresh)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._resize_timer.start()

    def _on_resized(self) -> None:
        if self.chart_width() != self._shown_width:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.view is not None:
            self.refresh()  # the charts' words, in the new language

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Programme dashboard"))
        self.report_button.setText(self.tr("Donor report for this selection… (Ctrl+R)"))
        self.setToolTip(self.tr("F5 refreshes; Esc shows every workshop again"))
