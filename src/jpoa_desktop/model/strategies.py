"""What the strategy services hand out and take in: plain frozen dataclasses.

The GUI, the `jpoa strategy` command and the DOCX/PDF/XLSX exporters all read these and never
the ORM, so a draft read once can be shown, exported or compared on any thread. Texts come
both as the full map (`texts`, language → text, for the bilingual editor and exporters) and
as `text`, already picked in the reader's language with English as the fallback.
`number` is the item's place in the tree as printed in a plan: "2" for a goal, "2.1" for an
objective, "2.1.3" for a measure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class DraftInput:
    """Every field of a draft, as the form or the command line gives it."""

    country: str
    titles: dict[str, str]
    kind: str = "action_plan"  # strategy | action_plan | programme
    start_year: int | None = None
    end_year: int | None = None
    status: str = "draft"  # draft | under_review | adopted
    lead_agency: str = ""
    languages: tuple[str, ...] = ("en", "ru")
    notes: str = ""


@dataclass(frozen=True)
class ItemInput:
    """The editable fields of a goal, objective or measure (goals and objectives use `texts`)."""

    texts: dict[str, str]
    responsible: tuple[str, ...] = ()  # agencies, as typed
    partners: tuple[str, ...] = ()  # library keys ("partner-osce") or names as typed
    start: date | None = None
    end: date | None = None
    priority: str = ""  # "" | high | medium | low
    status: str = ""  # "" | planned | in_progress | done | delayed | cancelled
    # The deadline in the plan's words ("IV квартал 2026 г."); `start`/`end` are derived from
    # it when it can be read, and the exports print these words rather than the dates.
    deadline_text: str = ""


@dataclass(frozen=True)
class IndicatorInput:
    name: str
    baseline: str = ""
    target: str = ""
    unit: str = ""


@dataclass(frozen=True)
class BudgetInput:
    amount: Decimal
    currency: str  # ISO 4217, three letters
    source: str = ""


@dataclass(frozen=True)
class IndicatorView:
    id: int
    uuid: str
    position: int
    name: str
    baseline: str
    target: str
    unit: str


@dataclass(frozen=True)
class BudgetLineView:
    id: int
    uuid: str
    position: int
    amount: Decimal
    currency: str
    source: str


@dataclass(frozen=True)
class MappingView:
    """A measure's link to a pillar (`code` "II", `area_key` "") or a framework area
    (`code` "II.3")."""

    key: str  # the library key: "pillar-2" or "area-ii.3"
    pillar: int  # 1..4
    code: str  # "II" for a pillar, "II.3" for an area
    title: str  # in the reader's language

    @property
    def is_area(self) -> bool:
        return "." in self.code


@dataclass(frozen=True)
class CommentView:
    id: int
    uuid: str
    item_id: int
    author: str
    text: str
    created_at: datetime
    resolved: bool


@dataclass(frozen=True)
class MeasureView:
    id: int
    uuid: str
    position: int  # 0-based among its siblings
    number: str
    texts: dict[str, str]
    text: str
    responsible: tuple[str, ...]
    partners: tuple[str, ...]  # as stored: library keys or names
    partner_names: tuple[str, ...]  # library keys shown as the partner's short name
    start: date | None
    end: date | None
    priority: str
    status: str
    indicators: tuple[IndicatorView, ...]
    budget: tuple[BudgetLineView, ...]
    mapping: tuple[MappingView, ...]
    comments: tuple[CommentView, ...]
    deadline_text: str = ""  # the deadline as the plan words it; "" when only dates were given

    @property
    def pillars(self) -> tuple[int, ...]:
        """Every pillar the measure serves, directly or through one of its areas."""
        return tuple(sorted({m.pillar for m in self.mapping}))


@dataclass(frozen=True)
class PlanHeadingView:
    """What a goal and an objective share: a numbered, commented heading of the plan's tree."""

    id: int
    uuid: str
    position: int
    number: str
    texts: dict[str, str]
    text: str
    comments: tuple[CommentView, ...]


@dataclass(frozen=True)
class ObjectiveView(PlanHeadingView):
    measures: tuple[MeasureView, ...]


@dataclass(frozen=True)
class GoalView(PlanHeadingView):
    objectives: tuple[ObjectiveView, ...]


@dataclass(frozen=True)
class DraftSummary:
    """A line of the drafts list."""

    id: int
    uuid: str
    country: str
    title: str  # in the reader's language
    titles: dict[str, str]
    kind: str
    start_year: int | None
    end_year: int | None
    status: str
    lead_agency: str
    languages: tuple[str, ...]
    measures: int
    updated_at: datetime


@dataclass(frozen=True)
class DraftView:
    """A whole draft, read in one go: the editor's tree and every exporter's input."""

    summary: DraftSummary
    notes: str
    lang: str
    goals: tuple[GoalView, ...]

    @property
    def id(self) -> int:
        return self.summary.id

    def measures(self) -> list[MeasureView]:
        """Every measure in reading order."""
        return [m for g in self.goals for o in g.objectives for m in o.measures]


@dataclass(frozen=True)
class Moved:
    """Where an item was before `move_item`: pass it back to `move_item` to undo."""

    item_id: int
    parent_id: int | None
    position: int


@dataclass(frozen=True)
class DeletedRows:
    """Rows a delete removed (an item's subtree, or one indicator, budget line, mapping or
    comment), column by column with uuids and times, so `restore` brings back the same data."""

    draft_id: int
    items: tuple[dict[str, Any], ...] = ()
    indicators: tuple[dict[str, Any], ...] = ()
    budget: tuple[dict[str, Any], ...] = ()
    mapping: tuple[dict[str, Any], ...] = ()
    comments: tuple[dict[str, Any], ...] = ()


GAP_KINDS = (
    "area_without_measure",
    "measure_without_indicator",
    "measure_without_responsible",
    "measure_without_budget",
    "measure_without_mapping",
)


@dataclass(frozen=True)
class CoverageCell:
    pillar: int
    pillar_code: str  # "II"
    area_key: str
    area: str  # the area's code, "II.3"
    title: str
    measures: int
    indicators: int
    budget: dict[str, Decimal]  # currency → sum

    @property
    def single_budget(self) -> tuple[str, Decimal] | None:
        """(currency, sum) when the cell's budget is in one currency, else None."""
        if len(self.budget) == 1:
            return next(iter(self.budget.items()))
        return None


@dataclass(frozen=True)
class PillarTotal:
    pillar: int
    code: str
    title: str
    measures: int  # each measure once, mapped to the pillar or any of its areas
    indicators: int
    budget: dict[str, Decimal]


@dataclass(frozen=True)
class Gap:
    """Something missing, with the item to jump to (None for an area with no measure)."""

    kind: str  # one of GAP_KINDS
    item_id: int | None
    item_uuid: str | None
    number: str  # "2.1.3" for a measure, the area's code for an area
    text: str


@dataclass(frozen=True)
class Coverage:
    draft_id: int
    cells: tuple[CoverageCell, ...]  # every framework area, in framework order
    pillars: tuple[PillarTotal, ...]
    gaps: tuple[Gap, ...]


@dataclass(frozen=True)
class CellComparison:
    pillar: int
    area: str
    title: str
    measures_a: int
    measures_b: int
    budget_a: dict[str, Decimal]
    budget_b: dict[str, Decimal]

    @property
    def only_in(self) -> str:
        """ "a" or "b" when only one draft covers the area, "" when both or neither do."""
        if self.measures_a and not self.measures_b:
            return "a"
        if self.measures_b and not self.measures_a:
            return "b"
        return ""


FIELDS = ("texts", "responsible", "partners", "start", "end", "deadline", "priority", "status")


DETAILS = ("indicators", "budget", "mapping")


@dataclass(frozen=True)
class VersionSummary:
    id: int
    uuid: str
    name: str
    created_at: datetime
    measures: int


@dataclass(frozen=True)
class FieldChange:
    field: str  # "text[en]", "responsible", "indicators", "budget", "mapping", ...
    before: str
    after: str


@dataclass(frozen=True)
class ItemDiff:
    uuid: str
    kind: str  # goal | objective | measure
    number_before: str  # "" when added
    number_after: str  # "" when removed
    text: str  # the item's text (after, or before when removed)
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class DraftDiff:
    added: tuple[ItemDiff, ...]
    removed: tuple[ItemDiff, ...]
    moved: tuple[ItemDiff, ...]  # another parent, or another order among the same siblings
    changed: tuple[ItemDiff, ...]  # with field-level changes

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.changed)
