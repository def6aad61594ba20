"""Reading a CSV or TXT list: which encoding, which delimiter, and numbered records within limits.

Ministries send lists saved by every tool on every system: Excel's "CSV UTF-8" (BOM, comma or
semicolon by locale), old Excel's Windows-1251 CSV, Excel's "Unicode text" (UTF-16, tabs), and
from older office systems DOS Cyrillic (cp866) or KOI8-R. A byte order mark or valid UTF-8
decides at once; otherwise charset-normalizer weighs the candidates, and a candidate that turns
Cyrillic into Greek, Hebrew or Thai letters is passed over. The user can still name another
encoding, since a short list can read plausibly in two.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator

from charset_normalizer import from_bytes

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.io.tables.table_limits import (
    TableLimits,
    cell_too_long,
    too_many_cells,
    too_many_columns,
    too_many_rows,
)

DELIMITERS = ("\t", ";", ",")
# The encodings the preview offers to switch to, in the order offered.
ENCODINGS = (
    "utf-8", "cp1251", "cp866", "koi8-r", "koi8-u", "mac-cyrillic", "iso8859-5", "utf-16",
    "cp1252", "cp1254",
)  # fmt: skip
_SNIFF_RECORDS = 20
_SNIFF_CHARS = 256 * 1024
_DETECT_BYTES = 128 * 1024
# Control characters real text files never hold (tab, newlines and form feed are fine).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Files that are often renamed to .csv by mistake, by their first bytes.
_SIGNATURES = (
    (b"%PDF", "PDF document"),
    (b"\xd0\xcf\x11\xe0", "old Excel (.xls) or Word (.doc) file"),
    (b"{\\rtf", "RTF document"),
)
_SCRIPTS = ("CYRILLIC", "LATIN")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with: the one asked for, a BOM's, UTF-8, or the
    most plausible candidate of charset-normalizer."""
    if encoding:
        return _decode_as(data, name, encoding), codecs.lookup(encoding).name
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(bom_encoding)
            except UnicodeDecodeError as exc:
                raise _not_text(name) from exc
            return checked_text(text, name), bom_encoding
    _refuse_known_binary(data, name)
    try:
        return checked_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess is None:
        raise _not_text(name)
    return _decode_as(data, name, guess), guess


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        return checked_text(data.decode(encoding), name)
    except LookupError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{encoding}" is not an encoding this program knows.'),
            encoding=encoding,
        ) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} cannot be read as {encoding}; choose another encoding."
            ),
            file=name,
            encoding=encoding,
        ) from exc


def _guess(data: bytes) -> str | None:
    """charset-normalizer's first candidate whose letters are Cyrillic or Latin and which reads
    the whole file; the familiar name of a family (cp866 rather than cp1125)."""
    for match in from_bytes(data[:_DETECT_BYTES]):
        names = [codecs.lookup(n).name for n in match.could_be_from_charset or [match.encoding]]
        familiar = [n for n in ENCODINGS if n in names]
        encoding = familiar[0] if familiar else names[0]
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text[:_SNIFF_CHARS]):
            return encoding
    return None


def _plausible(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    ours = sum(1 for ch in letters if unicodedata.name(ch, "").startswith(_SCRIPTS))
    return ours * 100 >= len(letters) * 97


def _refuse_known_binary(data: bytes, name: str) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is an Excel workbook or another ZIP file, not a text file; "
                "if it is a workbook, give it the .xlsx extension.",
            ),
            file=name,
        )
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file} is a {kind}, not a table of participants."),
                file=name,
                kind=kind,
            )


def checked_text(text: str, name: str) -> str:
    """Refuse binary data that happened to decode: NUL bytes or many control characters."""
    if "\x00" in text:
        raise _not_text(name)
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    if controls > 2 and controls * 50 > len(sample):  # more than 2 %
        raise _not_text(name)
    return text


def _not_text(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} does not look like a text file; save the list as CSV or XLSX."
        ),
        file=name,
    )


def sniff_delimiter(text: str, *, prefer_tab: bool) -> str:
    """Pick the delimiter that splits the first records into the same number (>1) of columns."""
    sample = text[:_SNIFF_CHARS]
    best: tuple[float, int, int] | None = None
    chosen = "\t" if prefer_tab else ","
    order = DELIMITERS if prefer_tab else (";", ",", "\t")
    for rank, delimiter in enumerate(order):
        widths: list[int] = []
        try:
            for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                    if len(widths) >= _SNIFF_RECORDS:
                        break
        except csv.Error:
            continue
        if not widths:
            continue
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        if mode < 2:
            continue
        score = (widths.count(mode) / len(widths), mode, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _lines(text: str, delimiter: str, name: str, limits: TableLimits) -> Iterator[str]:
    """The physical lines, refusing one with so many delimiters that splitting it would take
    hundreds of megabytes (a real line never holds thousands; a quoted note may hold a few)."""
    most = limits.max_columns * 20
    for match in _LINE.finditer(text):  # StringIO would hold the text again, 4 bytes a letter
        line = match[0]
        if len(line) > most and line.count(delimiter) > most:
            raise too_many_columns(name, limits.max_columns)
        yield line


def read_records(
    text: str, delimiter: str, name: str, limits: TableLimits
) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, cells) of every record; a quoted newline spans several lines.

    Stops at the first record past a limit, so a file of a million delimiters on one line is
    refused without being split into a million cells first."""
    reader = csv.reader(_lines(text, delimiter, name, limits), delimiter=delimiter)
    line = 1
    records = cells = 0
    try:
        for record in reader:
            if len(record) > limits.max_columns:
                used = len(record)
                while used and not record[used - 1].strip():
                    used -= 1
                if used > limits.max_columns:
                    raise too_many_columns(name, limits.max_columns)
                record = record[:used]
            if any(len(cell) > limits.max_cell_chars for cell in record):
                raise cell_too_long(name, line, limits.max_cell_chars)
            records += 1
            cells += len(record)
            if records > limits.max_rows + 1:
                raise too_many_rows(name, limits.max_rows)
            if cells > limits.max_cells:
                raise too_many_cells(name, limits.max_cells)
            yield line, record
            line = reader.line_num + 1
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise cell_too_long(name, line, limits.max_cell_chars) from exc
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}, line {row}: {reason}"),
            file=name,
            row=line,
            reason=str(exc),
        ) from exc
