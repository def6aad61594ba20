"""Names of a draft's fixed values in the interface language (the database keeps codes).

Each list is one `CodeLabels` table; its codes repeat `db.strategy_models` (screens never
import db/), and the tuples below are the tables' codes, in the order the choice boxes offer.
"""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

CONTEXT = "StrategyLabels"
NOT_SET = QT_TRANSLATE_NOOP("StrategyLabels", "(not set)")

draft_kind_label = CodeLabels(
    CONTEXT,
    {
        "strategy": QT_TRANSLATE_NOOP("StrategyLabels", "Strategy"),
        "action_plan": QT_TRANSLATE_NOOP("StrategyLabels", "Action plan"),
        "programme": QT_TRANSLATE_NOOP("StrategyLabels", "Programme"),
    },
)
draft_status_label = CodeLabels(
    CONTEXT,
    {
        "draft": QT_TRANSLATE_NOOP("StrategyLabels", "Draft"),
        "under_review": QT_TRANSLATE_NOOP("StrategyLabels", "Under review"),
        "adopted": QT_TRANSLATE_NOOP("StrategyLabels", "Adopted"),
    },
)
item_kind_label = CodeLabels(
    CONTEXT,
    {
        "goal": QT_TRANSLATE_NOOP("StrategyLabels", "Goal"),
        "objective": QT_TRANSLATE_NOOP("StrategyLabels", "Objective"),
        "measure": QT_TRANSLATE_NOOP("StrategyLabels", "Measure"),
    },
)
priority_label = CodeLabels(
    CONTEXT,
    {
        "": NOT_SET,
        "high": QT_TRANSLATE_NOOP("StrategyLabels", "High"),
        "medium": QT_TRANSLATE_NOOP("StrategyLabels", "Medium"),
        "low": QT_TRANSLATE_NOOP("StrategyLabels", "Low"),
    },
)
measure_status_label = CodeLabels(
    CONTEXT,
    {
        "": NOT_SET,
        "planned": QT_TRANSLATE_NOOP("StrategyLabels", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("StrategyLabels", "In progress"),
        "done": QT_TRANSLATE_NOOP("StrategyLabels", "Done"),
        "delayed": QT_TRANSLATE_NOOP("StrategyLabels", "Delayed"),
        "cancelled": QT_TRANSLATE_NOOP("StrategyLabels", "Cancelled"),
    },
)

DRAFT_KINDS = draft_kind_label.codes
DRAFT_STATUSES = draft_status_label.codes
PRIORITIES = priority_label.codes
MEASURE_STATUSES = measure_status_label.codes
