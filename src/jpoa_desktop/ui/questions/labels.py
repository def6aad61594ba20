"""The bank's codes in the interface language: kinds, purposes, aspects and the table's columns."""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

kind_label = CodeLabels(
    "QuestionLabels",
    {
        "single": QT_TRANSLATE_NOOP("QuestionLabels", "Single choice"),
        "multiple": QT_TRANSLATE_NOOP("QuestionLabels", "Multiple choice"),
        "truefalse": QT_TRANSLATE_NOOP("QuestionLabels", "True / false"),
        "scale": QT_TRANSLATE_NOOP("QuestionLabels", "Scale 1–5"),
        "open": QT_TRANSLATE_NOOP("QuestionLabels", "Open answer"),
    },
)
purpose_label = CodeLabels(
    "QuestionLabels",
    {
        "test": QT_TRANSLATE_NOOP("QuestionLabels", "Pre/post test"),
        "evaluation": QT_TRANSLATE_NOOP("QuestionLabels", "Evaluation"),
    },
)
aspect_label = CodeLabels(
    "QuestionLabels",
    {
        "satisfaction": QT_TRANSLATE_NOOP("QuestionLabels", "Satisfaction"),
        "relevance": QT_TRANSLATE_NOOP("QuestionLabels", "Relevance"),
        "organisation": QT_TRANSLATE_NOOP("QuestionLabels", "Organisation"),
        "facilitators": QT_TRANSLATE_NOOP("QuestionLabels", "Facilitators"),
        "comments": QT_TRANSLATE_NOOP("QuestionLabels", "Comments"),
    },
)
column_label = CodeLabels(
    "QuestionLabels",
    {
        "where": QT_TRANSLATE_NOOP("QuestionLabels", "Topic"),
        "kind": QT_TRANSLATE_NOOP("QuestionLabels", "Kind"),
        "text": QT_TRANSLATE_NOOP("QuestionLabels", "Question"),
        "correct": QT_TRANSLATE_NOOP("QuestionLabels", "Answer"),
        "tags": QT_TRANSLATE_NOOP("QuestionLabels", "Tags"),
    },
)
ROMAN = ("I", "II", "III", "IV")


def where_label(item_key: str) -> str:
    """ "II" for pillar-2, "II.3" for area-ii.3, "" for a general question."""
    if item_key.startswith("pillar-") and item_key[7:].isdigit():
        number = int(item_key[7:])
        return ROMAN[number - 1] if 1 <= number <= len(ROMAN) else item_key
    if item_key.startswith("area-"):
        return item_key[5:].upper()
    return item_key
