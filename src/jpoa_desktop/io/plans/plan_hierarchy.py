"""Goals and objectives as an action plan states them: section rows and numbering.

Officials rarely give goals and objectives columns of their own. The plan's table says them
instead: a row whose one cell spans the table ("Цель 1. Предупреждение терроризма"), a row
with only its first cell filled, or a numbered row with nothing but its text (`1.`, `1.2.`)
above the measures numbered `1.2.3.`. This module tells such rows from measures; the import
then files each measure under the last goal and objective it has seen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_GOAL_WORDS = (
    r"цель|goal|раздел|section|направление|мақсат|максат|мақсад|maqsad|maksat|бөлім|бөлүм"
    r"|фасл|bo'lim|bölüm|pillar|компонент"
)
_OBJECTIVE_WORDS = r"задача|objective|task|міндет|милдет|вазифа|vazifa|wezipe|подраздел"
_CUE = re.compile(
    r"^(?:(?P<before>\d+(?:\.\d+)*)\s*-\s*)?"  # Kazakh, Uzbek: "1-мақсат", "1.2-vazifa"
    rf"(?:(?P<goal>{_GOAL_WORDS})|(?P<objective>{_OBJECTIVE_WORDS}))\w*\b\.?\s*"
    r"(?P<number>(?:\d+|[ivx]+)(?:\.\d+)*)?\.?\s*[:.\-–—]?\s*",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^(?P<number>\d+(?:\.\d+)*)\.?(?:\s+|\s*[.):]\s*|$)")
NUMBERING = re.compile(r"^\d+(?:\.\d+)*\.?$")


@dataclass(frozen=True)
class Section:
    """A goal or objective row: its level, its number as printed ("" when none) and text."""

    level: str  # goal | objective
    number: str
    text: str


def is_heading(text: str, numbered: bool = False) -> bool:
    """A paragraph that names a goal or objective (`Цель 1. …`, `1-мақсат`), as a plan laid
    out as one table per goal has above each table; with `numbered`, `2. Реабилитация` too
    (between two tables of the plan, not in the decree's numbered points above it)."""
    if len(text) > 300:
        return False
    cue = _CUE.match(text)
    if cue is not None and (cue["goal"] or cue["objective"]):
        return True
    found = _NUMBER.match(text) if numbered else None
    return found is not None and bool(text[found.end() :].strip())


def depth(number: str) -> int:
    """`1.2.3.` → 3; "" or words → 0."""
    number = number.strip().rstrip(".")
    return number.count(".") + 1 if NUMBERING.match(number) else 0


def section_of(
    cells: Sequence[str],
    columns: Mapping[int, str],
    deepest: int,
    after_section: Section | None,
    merged: bool = False,
) -> Section | None:
    """The section a row states, or None when it is a measure (or a blank row).

    `deepest` is the depth of the deepest number in the plan's number column (3 when the
    measures are `1.2.3`), `after_section` the section the row before was, if it was one;
    `merged` says the row is one cell merged across the table (a workbook keeps the text in
    its first cell only, so even a measure column's cell may hold a heading)."""
    filled = [(index, cell) for index, cell in enumerate(cells) if cell]
    if not filled:
        return None
    distinct = list(dict.fromkeys(cell for _index, cell in filled))
    by_field = {field: cells[index] for index, field in columns.items() if index < len(cells)}
    if len(distinct) == 1:
        text = distinct[0]
        if NUMBERING.match(text):
            return None  # a number alone: a measure without its text, for the checks to name
        # One merged cell: python-docx repeats its text in each column, a workbook says so.
        spans = merged or len(filled) > 1
        first_only = filled[0][0] == 0 and columns.get(0) != "measure"
        if spans or first_only or _CUE.match(text):
            return _spanning(text, after_section)
        return None
    number = by_field.get("number", "").strip()
    others = [cell for index, cell in filled if columns.get(index) not in ("number", "measure")]
    level = depth(number)
    if by_field.get("measure") and not others and 0 < level < deepest:
        return Section(_level(level), number.rstrip("."), by_field["measure"].strip())
    return None


def _level(number_depth: int) -> str:
    return "goal" if number_depth <= 1 else "objective"


def _spanning(text: str, after_section: Section | None) -> Section:
    """A one-cell row: its cue word or numbering says its level, else its place."""
    cue = _CUE.match(text)
    if cue is not None and (cue["goal"] or cue["objective"]):
        rest = text[cue.end() :].strip() or text
        number = cue["before"] or cue["number"] or ""
        return Section("goal" if cue["goal"] else "objective", number, rest)
    numbered = _NUMBER.match(text)
    if numbered is not None:
        number = numbered["number"]
        rest = text[numbered.end() :].strip() or text
        return Section(_level(depth(number)), number, rest)
    if after_section is not None and after_section.level == "goal":
        return Section("objective", "", text)
    return Section("goal", "", text)
