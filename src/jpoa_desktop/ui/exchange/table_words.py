"""What a package's tables are called in a sentence a trainer reads: "12 people, 3 workshops,
240 attendance marks" rather than table names and record counts.

The service counts records by table name; these words are for the dialogs only (the CLI says
them in English itself). A table with no words here is still counted, under its own name, so a
newer app's table never disappears from a preview.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

# Each source text is written out for lupdate, which reads the translate() calls below.
WORDS: dict[str, Callable[[int], str]] = {
    "workshop": lambda n: QCoreApplication.translate("PackageWords", "%n workshop(s)", "", n),
    "person": lambda n: QCoreApplication.translate("PackageWords", "%n person(s)", "", n),
    "organisation": lambda n: QCoreApplication.translate(
        "PackageWords", "%n organisation(s)", "", n
    ),
    "registration": lambda n: QCoreApplication.translate(
        "PackageWords", "%n registration(s)", "", n
    ),
    "attendance": lambda n: QCoreApplication.translate(
        "PackageWords", "%n attendance mark(s)", "", n
    ),
    "agenda_session": lambda n: QCoreApplication.translate(
        "PackageWords", "%n agenda session(s)", "", n
    ),
    "agenda_speaker": lambda n: QCoreApplication.translate("PackageWords", "%n speaker(s)", "", n),
    "workshop_tag": lambda n: QCoreApplication.translate(
        "PackageWords", "%n workshop topic(s)", "", n
    ),
    "workshop_branding": lambda n: QCoreApplication.translate(
        "PackageWords", "%n branding(s)", "", n
    ),
    "workshop_image": lambda n: QCoreApplication.translate("PackageWords", "%n image(s)", "", n),
    "strategy_draft": lambda n: QCoreApplication.translate(
        "PackageWords", "%n strategy draft(s)", "", n
    ),
    "strategy_item": lambda n: QCoreApplication.translate("PackageWords", "%n plan item(s)", "", n),
    "strategy_indicator": lambda n: QCoreApplication.translate(
        "PackageWords", "%n indicator(s)", "", n
    ),
    "strategy_budget": lambda n: QCoreApplication.translate(
        "PackageWords", "%n budget line(s)", "", n
    ),
    "strategy_mapping": lambda n: QCoreApplication.translate(
        "PackageWords", "%n framework link(s)", "", n
    ),
    "strategy_comment": lambda n: QCoreApplication.translate(
        "PackageWords", "%n comment(s)", "", n
    ),
    "strategy_version": lambda n: QCoreApplication.translate(
        "PackageWords", "%n saved version(s)", "", n
    ),
}

ORDER = tuple(WORDS)  # the things a trainer looks for first come first


def table_count(table: str, count: int) -> str:
    """ "12 people"; an unknown table: "12 × table_name"."""
    words = WORDS.get(table)
    return words(count) if words is not None else f"{count} × {table}"


def counted(counts: Mapping[str, int]) -> str:
    """Every table with records, known ones in ORDER first; "" when every count is 0."""
    tables = sorted(counts, key=lambda t: (ORDER.index(t) if t in ORDER else len(ORDER), t))
    return ", ".join(table_count(t, counts[t]) for t in tables if counts[t])
