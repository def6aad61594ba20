"""What a package's tables are called in a sentence a trainer reads: "12 people, 3 workshops,
240 attendance marks" rather than table names and record counts.

The service counts records by table name; these words are for the dialogs only (the CLI says
them in English itself). A table with no words here is still counted, under its own name, so a
newer app's table never disappears from a preview.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject


class PackageWords(QObject):
    """The words, as a QObject's `tr` calls: lupdate gives plural forms to those alone."""

    def words(self, table: str, n: int) -> str | None:
        """ "12 people" for `table` with `n` records; None for a table with no words here."""
        match table:
            case "workshop":
                return self.tr("%n workshop(s)", "", n)
            case "person":
                return self.tr("%n person(s)", "", n)
            case "organisation":
                return self.tr("%n organisation(s)", "", n)
            case "registration":
                return self.tr("%n registration(s)", "", n)
            case "attendance":
                return self.tr("%n attendance mark(s)", "", n)
            case "agenda_session":
                return self.tr("%n agenda session(s)", "", n)
            case "agenda_speaker":
                return self.tr("%n speaker(s)", "", n)
            case "workshop_tag":
                return self.tr("%n workshop topic(s)", "", n)
            case "workshop_branding":
                return self.tr("%n branding(s)", "", n)
            case "workshop_image":
                return self.tr("%n image(s)", "", n)
            case "strategy_draft":
                return self.tr("%n strategy draft(s)", "", n)
            case "strategy_item":
                return self.tr("%n plan item(s)", "", n)
            case "strategy_indicator":
                return self.tr("%n indicator(s)", "", n)
            case "strategy_budget":
                return self.tr("%n budget line(s)", "", n)
            case "strategy_mapping":
                return self.tr("%n framework link(s)", "", n)
            case "strategy_comment":
                return self.tr("%n comment(s)", "", n)
            case "strategy_version":
                return self.tr("%n saved version(s)", "", n)
        return None


TABLES = (
    "workshop",
    "person",
    "organisation",
    "registration",
    "attendance",
    "agenda_session",
    "agenda_speaker",
    "workshop_tag",
    "workshop_branding",
    "workshop_image",
    "strategy_draft",
    "strategy_item",
    "strategy_indicator",
    "strategy_budget",
    "strategy_mapping",
    "strategy_comment",
    "strategy_version",
)  # the things a trainer looks for first come first
ORDER = TABLES


def table_count(table: str, count: int) -> str:
    """ "12 people"; an unknown table: "12 × table_name"."""
    words = PackageWords().words(table, count)
    return words if words is not None else f"{count} × {table}"


def counted(counts: Mapping[str, int]) -> str:
    """Every table with records, known ones in ORDER first; "" when every count is 0."""
    tables = sorted(counts, key=lambda t: (ORDER.index(t) if t in ORDER else len(ORDER), t))
    return ", ".join(table_count(t, counts[t]) for t in tables if counts[t])
