"""What a workbook's XML says before any reader builds its cells: sheets, hidden rows and
columns, merged cells, and how large each sheet really is.

The fast reader (calamine) reports neither hidden rows nor merges, and it builds a sheet's
whole used area in memory: one cell in the last column of row 20,000 makes it a grid of 300
million cells. So each sheet's XML is scanned first, as a byte stream in chunks with a few
regular expressions (no tree is built): it costs a few milliseconds for a real list, and it
refuses a bomb before anything large exists. A run of text longer than any cell may be is
refused during the scan too, so a 200 MB shared string is never decoded.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from jpoa_desktop.io.tables.table_limits import (
    TableLimits,
    cell_too_long,
    too_many_cells,
    too_many_columns,
    too_many_rows,
)

CHUNK = 1024 * 1024
# The XML of one cell's text may be longer than its characters: UTF-8 and entities.
BYTES_PER_CHAR = 8
ROW_SLACK = 1_000  # title rows, blank rows and footers around the data

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ATTRIBUTE = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>]")
_CELL_COLUMN = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,4})\d')
_CELL_ROW = re.compile(rb'<(?:\w+:)?c\b[^>]*?\sr="[A-Z]{1,4}(\d{1,9})"')
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_MERGE = re.compile(
    rb'<(?:\w+:)?mergeCell\b[^>]*?\sref="([A-Z]{1,4})(\d{1,9}):([A-Z]{1,4})(\d{1,9})"'
)
_SHARED = re.compile(rb"<(?:\w+:)?si\b")
_ROW_NUMBER = re.compile(rb'\sr="(\d{1,9})"')
_HIDDEN = re.compile(rb'\shidden="(?:1|true)"')
_MIN = re.compile(rb'\smin="(\d{1,6})"')
_MAX = re.compile(rb'\smax="(\d{1,6})"')


@dataclass(frozen=True)
class SheetInfo:
    name: str
    member: str  # the sheet's XML inside the archive, "" when the workbook does not say
    hidden: bool  # the sheet itself is hidden


@dataclass
class SheetFacts:
    """0-based row and column indexes, as the reader counts them."""

    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2


def column_index(letters: bytes | str) -> int:
    """ "A" → 0, "XFD" → 16383."""
    text = letters.decode() if isinstance(letters, bytes) else letters
    number = 0
    for letter in text:
        number = number * 26 + ord(letter) - 64
    return number - 1


def column_letters(index: int) -> str:
    """0 → "A", 16383 → "XFD"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def list_sheets(archive: zipfile.ZipFile) -> list[SheetInfo]:
    """The workbook's sheets in tab order, with the XML member that holds each."""
    try:
        book = archive.read("xl/workbook.xml")
        relations = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return []
    targets: dict[str, str] = {}
    for match in _RELATION.finditer(relations):
        attributes = _attributes(match[1])
        target = attributes.get("Target", "")
        member = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[attributes.get("Id", "")] = _member(archive, posixpath.normpath(member))
    sheets = []
    for match in _SHEET.finditer(book):
        attributes = _attributes(match[1])
        relation = next((v for k, v in attributes.items() if k.endswith(":id")), "")
        sheets.append(
            SheetInfo(
                name=attributes.get("name", ""),
                member=targets.get(relation, ""),
                hidden=attributes.get("state", "visible") != "visible",
            )
        )
    return sheets


def _member(archive: zipfile.ZipFile, member: str) -> str:
    """The archive's own spelling of `member`: some writers differ in case."""
    if member in archive.NameToInfo:
        return member
    folded = member.casefold()
    return next((n for n in archive.namelist() if n.casefold() == folded), member)


def _attributes(text: bytes) -> dict[str, str]:
    return {
        key.decode("ascii", "replace"): html.unescape(value.decode("utf-8", "replace"))
        for key, value in _ATTRIBUTE.findall(text)
    }


def check_shared_strings(archive: zipfile.ZipFile, name: str, limits: TableLimits) -> None:
    """Refuse a shared-string table with a cell longer, or more strings, than a list holds."""
    member = next((n for n in archive.namelist() if n.lower().endswith("sharedstrings.xml")), "")
    if not member:
        return
    strings = 0
    for part in _parts(archive, member, name, limits):
        strings += len(_SHARED.findall(part))
        if strings > limits.max_cells:
            raise too_many_cells(name, limits.max_cells)


def scan_sheet(archive: zipfile.ZipFile, member: str, name: str, limits: TableLimits) -> SheetFacts:
    """The sheet's hidden rows and columns and merges; refuses a sheet larger than `limits`."""
    facts = SheetFacts()
    cells = rows = 0
    top, bottom, left, right = -1, -1, -1, -1
    for part in _parts(archive, member, name, limits):
        if b"hidden" in part:
            _hidden(part, facts, limits)
        rows += len(_ROW_START.findall(part))
        if rows > limits.max_rows + ROW_SLACK:
            raise too_many_rows(name, limits.max_rows)
        columns = _CELL_COLUMN.findall(part)
        cells += len(columns)
        if cells > limits.max_cells:
            raise too_many_cells(name, limits.max_cells)
        if columns:  # a few distinct letters and row numbers, however many cells
            indexes = [column_index(letters) for letters in set(columns)]
            numbers = [int(digits) - 1 for digits in set(_CELL_ROW.findall(part))]
            left = min(indexes) if left < 0 else min(left, *indexes)
            right = max(right, *indexes)
            top = min(numbers) if top < 0 else min(top, *numbers)
            bottom = max(bottom, *numbers)
            if right >= limits.max_columns:
                raise too_many_columns(name, limits.max_columns)
            if bottom >= limits.max_rows + ROW_SLACK:
                raise too_many_rows(name, limits.max_rows)
        for c1, r1, c2, r2 in _MERGE.findall(part):
            facts.merges.append((int(r1) - 1, column_index(c1), int(r2) - 1, column_index(c2)))
    if top >= 0 and (bottom - top + 1) * (right - left + 1) > limits.max_cells:
        raise too_many_cells(name, limits.max_cells)
    return facts


def _hidden(part: bytes, facts: SheetFacts, limits: TableLimits) -> None:
    for match in _COL.finditer(part):
        if _HIDDEN.search(match[1]):
            low, high = _MIN.search(match[1]), _MAX.search(match[1])
            if low and high:
                first, last = int(low[1]) - 1, min(int(high[1]), limits.max_columns + 1)
                facts.hidden_columns.update(range(first, last))
    for match in _ROW.finditer(part):
        if _HIDDEN.search(match[1]) and (number := _ROW_NUMBER.search(match[1])):
            facts.hidden_rows.add(int(number[1]) - 1)


def _parts(
    archive: zipfile.ZipFile, member: str, name: str, limits: TableLimits
) -> Iterator[bytes]:
    """The member's bytes in pieces that end at a tag's end; a text longer than a cell may be
    is refused on the way."""
    longest = limits.max_cell_chars * BYTES_PER_CHAR
    too_long = re.compile(rb">[^<>]{%d}" % longest)
    carry = b""
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK):
            buffer = carry + chunk
            cut = buffer.rfind(b">") + 1
            part, carry = buffer[:cut], buffer[cut:]
            if len(carry) > longest or too_long.search(part):
                raise cell_too_long(name, 0, limits.max_cell_chars)
            yield part
    if carry:
        yield carry
