"""Names of a draft's fixed values in the interface language (the database keeps codes).

The tuples repeat `db.strategy_models` (screens never import db/).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DRAFT_KINDS = ("strategy", "action_plan", "programme")
DRAFT_STATUSES = ("draft", "under_review", "adopted")
PRIORITIES = ("", "high", "medium", "low")
MEASURE_STATUSES = ("", "planned", "in_progress", "done", "delayed", "cancelled")


def draft_kind_label(kind: str) -> str:
    labels = {
        "strategy": QCoreApplication.translate("StrategyLabels", "Strategy"),
        "action_plan": QCoreApplication.translate("StrategyLabels", "Action plan"),
        "programme": QCoreApplication.translate("StrategyLabels", "Programme"),
    }
    return labels.get(kind, kind)


def draft_status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("StrategyLabels", "Draft"),
        "under_review": QCoreApplication.translate("StrategyLabels", "Under review"),
        "adopted": QCoreApplication.translate("StrategyLabels", "Adopted"),
    }
    return labels.get(status, status)


def item_kind_label(kind: str) -> str:
    labels = {
        "goal": QCoreApplication.translate("StrategyLabels", "Goal"),
        "objective": QCoreApplication.translate("StrategyLabels", "Objective"),
        "measure": QCoreApplication.translate("StrategyLabels", "Measure"),
    }
    return labels.get(kind, kind)


def priority_label(priority: str) -> str:
    labels = {
        "": QCoreApplication.translate("StrategyLabels", "(not set)"),
        "high": QCoreApplication.translate("StrategyLabels", "High"),
        "medium": QCoreApplication.translate("StrategyLabels", "Medium"),
        "low": QCoreApplication.translate("StrategyLabels", "Low"),
    }
    return labels.get(priority, priority)


def measure_status_label(status: str) -> str:
    labels = {
        "": QCoreApplication.translate("StrategyLabels", "(not set)"),
        "planned": QCoreApplication.translate("StrategyLabels", "Planned"),
        "in_progress": QCoreApplication.translate("StrategyLabels", "In progress"),
        "done": QCoreApplication.translate("StrategyLabels", "Done"),
        "delayed": QCoreApplication.translate("StrategyLabels", "Delayed"),
        "cancelled": QCoreApplication.translate("StrategyLabels", "Cancelled"),
    }
    return labels.get(status, status)
