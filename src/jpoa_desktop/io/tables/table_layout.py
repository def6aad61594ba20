"""Where the list is on the sheet: the header row, a second header row, and the footer.

Lists arrive as they were printed: a title ("Regional workshop on … — list of participants"),
a blank row, a header that may span two rows (a merged group heading such as "Ф.И.О." above
"Фамилия", "Имя", "Отчество"), sometimes a row numbering the columns (1, 2, 3 …), then the
people, then totals, "Исп.: …", signatures and notes. The header is the first row (among the
first 20) whose cells name at least two known fields, as the caller's `recognise` reads them;
the user can choose another row. Without `recognise` the first row with content is the header,
as before. Rows above the header, the column-numbering row and the footer are named, not lost
silently, so that the preview can say what was left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

Record = tuple[int, list[str]]
Recognise = Callable[[Sequence[str]], Mapping[int, str]]

HEADER_SEARCH_ROWS = 20
_CHOICE_CHARS = 90
# A header of a numbering column: "№", "№ п/п", "No.", "#", "N".
_NUMBERING = re.compile(r"^(?:№|#|n|no|nº|n°|№пп|пп|№п/п|п/п|№п\.п\.|р/с|nr)\.?$")
# How a footer row starts: totals, the person who prepared the list, signatures, notes.
_FOOTER = re.compile(
    r"^(?:(?:итого|всего|total|totals|subtotal|исполнитель|исполнил|подготовил|подготовила|"
    r"составил|составила|prepared|compiled|executed|подпись|signature|signed|примечание|"
    r"примечания|note|notes|барлығы|"
    r"барлыгы|жами|jami|jemi|жыйынтык|орындаған|орындаушы|ижрочи|ijrochi)\b|исп\.|м\.\s?п\.)",
    re.IGNORECASE,
)
_SIGNATURE_LINE = re.compile(r"_{4,}")


@dataclass(frozen=True)
class Layout:
    headers: list[str]
    data: list[Record]
    header_rows: tuple[int, ...]  # the 1-based rows the header was read from (one or two)
    skipped_rows: tuple[int, ...]  # rows with content above the header, a column-numbering row
    footer_rows: tuple[int, ...]  # totals, signatures and notes below the list
    choices: tuple[tuple[int, str], ...]  # rows the user may take as the header, with a glimpse


def lay_out(
    name: str,
    records: Sequence[Record],
    recognise: Recognise | None = None,
    header_row: int | None = None,
    merges: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> Layout:
    """Split the records into the header, the data and what was left out around them."""
    rows: list[Record] = []
    after_blank: set[int] = set()
    blank = False
    for number, record in records:
        cells = list(map(str.strip, record))
        if not any(cells):
            blank = bool(rows)
            continue
        if blank:
            after_blank.add(number)
            blank = False
        rows.append((number, cells))
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file}: the file is empty."), file=name)
    spans = merges or {}
    top = _header_index(name, rows, recognise, header_row)
    headers = _spread(rows[top][1], spans.get(rows[top][0], ()))
    header_rows = [rows[top][0]]
    start = top + 1
    if recognise is not None and start < len(rows):
        lower = _spread(rows[start][1], spans.get(rows[start][0], ()))
        combined = _combine(headers, lower, recognise)
        # A person's row may name a field by chance ("Министерство …" is an organisation);
        # a second header row names two, or sits under a merged heading.
        grouped = bool(spans.get(rows[top][0])) or len(recognise(lower)) >= 2
        if grouped and len(recognise(combined)) > len(recognise(headers)):
            headers, start = combined, start + 1
            header_rows.append(rows[top + 1][0])
    skipped = [number for number, _ in rows[:top]]
    if start < len(rows) and _numbers_columns(rows[start][1]):
        skipped.append(rows[start][0])
        start += 1
    data = rows[start:]
    footers: set[int] = set()
    if recognise is not None:  # a footer is told from the data by the columns' meaning
        numbering = {n for n, cell in enumerate(headers) if _NUMBERING.match(_fold(cell))}
        footers = _footers(data, numbering, set(recognise(headers)), after_blank)
    choices = tuple((number, _glimpse(cells)) for number, cells in rows[:HEADER_SEARCH_ROWS])
    return Layout(
        headers=headers,
        data=[row for index, row in enumerate(data) if index not in footers],
        header_rows=tuple(header_rows),
        skipped_rows=tuple(skipped),
        footer_rows=tuple(data[index][0] for index in sorted(footers)),
        choices=choices,
    )


def _header_index(
    name: str, rows: Sequence[Record], recognise: Recognise | None, header_row: int | None
) -> int:
    if header_row is not None:
        for index, (number, _cells) in enumerate(rows):
            if number == header_row:
                return index
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}: row {row} is empty or past the end; choose another header row."
            ),
            file=name,
            row=header_row,
        )
    if recognise is not None:
        for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
            if len(recognise(cells)) >= 2:
                return index
    return 0


def _spread(cells: list[str], spans: Sequence[tuple[int, int]]) -> list[str]:
    """A merged heading's text in every column it spans."""
    out = list(cells)
    for first, last in spans:
        if first < len(out) and out[first]:
            out.extend([""] * (last + 1 - len(out)))
            for column in range(first + 1, last + 1):
                out[column] = out[column] or out[first]
    return out


def _combine(upper: Sequence[str], lower: Sequence[str], recognise: Recognise) -> list[str]:
    """One header from two rows: the lower cell when it names a field, else both words when
    together they do ("Фамилия" over "латиницей"), else whichever there is."""
    headers = []
    for top, bottom in zip_longest(upper, lower, fillvalue=""):
        if not bottom or not top or top == bottom or recognise([bottom]):
            headers.append(bottom or top)
        elif recognise([f"{top} {bottom}"]):
            headers.append(f"{top} {bottom}")
        else:
            headers.append(bottom)
    return headers


def _numbers_columns(cells: Sequence[str]) -> bool:
    """A row that only numbers the columns: 1, 2, 3 … (as printed forms have under the header)."""
    filled = [cell for cell in cells if cell]
    return len(filled) >= 2 and filled == [str(n) for n in range(1, len(filled) + 1)]


def _footers(
    data: Sequence[Record], numbering: set[int], known: set[int], after_blank: set[int]
) -> set[int]:
    """The indexes in `data` of totals (also a subtotal between regions), signature lines and
    the lines that follow them, and the prose after the last blank row."""
    footers: set[int] = set()
    most = 3 + len(numbering)
    following = False  # the rows after a footer that hold one value: "тел. …", a date
    for index, (_number, cells) in enumerate(data):
        if not index or len(cells) - cells.count("") > most:  # a person's row: too full
            following = False
            continue
        texts = [cell for cell in cells if cell]
        filled = [(n, cell) for n, cell in enumerate(cells) if cell and n not in numbering]
        signature = any(_SIGNATURE_LINE.search(cell) for cell in texts)
        footer = len(filled) <= 3 and (_FOOTER.match(texts[0]) or signature)
        if footer or (following and _a_note(filled, known)):
            footers.add(index)
            following = True
        else:
            following = False
    notes: set[int] = set()
    for index in range(len(data) - 1, 0, -1):
        number, cells = data[index]
        filled = [(n, cell) for n, cell in enumerate(cells) if cell and n not in numbering]
        if index not in footers and not _a_note(filled, known):
            break
        if number in after_blank:
            footers.update(notes | {index})
            notes.clear()
        else:
            notes.add(index)
    return footers


def _a_note(filled: Sequence[tuple[int, str]], known: set[int]) -> bool:
    """One cell of prose below the list, not a person's row with one value."""
    if len(filled) != 1:
        return not filled
    column, text = filled[0]
    return column not in known or ":" in text or len(text.split()) >= 5


def _fold(cell: str) -> str:
    return "".join(cell.casefold().split())


def _glimpse(cells: Sequence[str]) -> str:
    text = " | ".join(cell for cell in cells if cell)
    return text if len(text) <= _CHOICE_CHARS else text[: _CHOICE_CHARS - 1] + "…"
