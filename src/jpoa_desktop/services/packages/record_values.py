"""A row's values as JSON and back, and a record's digest.

Dates and times travel as ISO 8601 text (times of day in UTC, with their offset), amounts as
decimal text (never a float), image bytes as base64. Reading a record from another laptop checks
each value's type (and a text's length) on the way in: SQLite would store a number where a
date belongs without a word, and a screen would break on it later.

A record's digest is the SHA-256 of its canonical JSON without `uuid` and `updated_at`, with its
references already turned into this laptop's uuids: a record saved unchanged keeps its digest,
and a record known here under another uuid (a merged person) compares by what it holds.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Time,
    type_coerce,
)

from jpoa_desktop.db.models import as_utc
from jpoa_desktop.io.packages.json_text import json_encoder
from jpoa_desktop.model.packages import Json, JsonObject
from jpoa_desktop.services.packages.record_specs import TableSpec

Encode = Callable[[Any], Json]
Decode = Callable[[Json], Any]
_NOT_DIGESTED = ("uuid", "updated_at")
_CANONICAL = json_encoder(False, (",", ":"), sort_keys=True, allow_nan=True)


class BadValue(ValueError):
    """A record's value that cannot be what its column holds; the message says why, and
    `record` which record of those decoded together."""

    record = 0


def _plain(value: Any) -> Json:
    return value  # type: ignore[no-any-return]


def _time_text(value: datetime | str) -> str:
    """A UTC time as ISO 8601 with its offset, from a datetime or from SQLite's own text
    (`2026-12-06 08:15:00.000000`, read as it is stored: see `stored_columns`)."""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " " and value[19] == ".":
            micro = value[20:]
            return f"{value[:10]}T{value[11:19]}{'' if micro == '000000' else '.' + micro}+00:00"
        value = datetime.fromisoformat(value)
    return as_utc(value).isoformat()


def _date_text(value: date | str) -> str:
    if isinstance(value, str):
        return value if len(value) == 10 else date.fromisoformat(value).isoformat()
    return value.isoformat()


def _encoder(column_type: Any) -> Encode:
    if isinstance(column_type, DateTime):
        return _time_text
    if isinstance(column_type, Date):
        return _date_text
    if isinstance(column_type, Time):
        return lambda v: v.isoformat()
    if isinstance(column_type, Numeric) and not isinstance(column_type, Float):
        return str
    if isinstance(column_type, LargeBinary):
        return lambda v: base64.b64encode(v).decode("ascii")
    return _plain


def _parsed(parse: Callable[[str], Any], what: str) -> Decode:
    def decode(value: Json) -> Any:
        if not isinstance(value, str):
            raise BadValue(what)
        try:
            return parse(value)
        except (ValueError, InvalidOperation, binascii.Error):
            raise BadValue(what) from None

    return decode


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(text)
    return value.astimezone(UTC)


def _amount(text: str) -> Decimal:
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(text)
    return value


def _typed(kinds: tuple[type, ...], what: str, length: int | None = None) -> Decode:
    def decode(value: Json) -> Any:
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            raise BadValue(what)
        if length is not None and len(value) > length:  # type: ignore[arg-type]
            raise BadValue(what)
        return value

    return decode


def _decoder(column_type: Any) -> Decode:
    if isinstance(column_type, DateTime):
        return _parsed(_aware, "not a time with its offset")
    if isinstance(column_type, Date):
        return _parsed(date.fromisoformat, "not a date")
    if isinstance(column_type, Time):
        return _parsed(time.fromisoformat, "not a time of day")
    if isinstance(column_type, Float):
        return _typed((int, float), "not a number")
    if isinstance(column_type, Numeric):
        return _parsed(_amount, "not an amount")
    if isinstance(column_type, LargeBinary):
        return _parsed(lambda t: base64.b64decode(t, validate=True), "not base64")
    if isinstance(column_type, Boolean):
        return _typed((bool,), "not true or false")
    if isinstance(column_type, Integer):
        return _typed((int,), "not a whole number")
    if isinstance(column_type, JSON):
        return _typed((list, dict), "not a list or a map")
    if isinstance(column_type, String):
        return _typed((str,), "not a text, or too long", column_type.length)
    raise TypeError(column_type)  # a column type nobody taught this module


Column = list[Any]
Fast = Callable[[Column], Column | None]


def _all_of(kinds: tuple[type, ...], length: int | None = None) -> Fast:
    """A whole column checked at once: the same values, or None to look value by value."""

    def check(column: Column) -> Column | None:
        if not all(type(v) in kinds for v in column):
            return None
        if length is not None and max(map(len, column), default=0) > length:
            return None
        return column

    return check


def _all_dates(column: Column) -> Column | None:
    try:
        return list(map(date.fromisoformat, column))
    except (TypeError, ValueError):
        return None


def _all_times(column: Column) -> Column | None:
    try:
        parsed = list(map(datetime.fromisoformat, column))
    except (TypeError, ValueError):
        return None
    if any(value.tzinfo is None for value in parsed):
        return None
    return [value.astimezone(UTC) for value in parsed]


def _fast(column_type: Any) -> Fast | None:
    if isinstance(column_type, DateTime):
        return _all_times
    if isinstance(column_type, Date):
        return _all_dates
    if isinstance(column_type, Float):
        return _all_of((int, float))
    if isinstance(column_type, Boolean):
        return _all_of((bool,))
    if isinstance(column_type, Integer):
        return _all_of((int,))
    if isinstance(column_type, JSON):
        return _all_of((list, dict))
    if isinstance(column_type, String):
        return _all_of((str,), column_type.length)
    return None  # amounts, bytes, times of day: few, and checked value by value


def stored_columns(spec: TableSpec) -> list[Any]:
    """The columns of `spec`'s table to select for `encode_row`: dates and times as the
    database hands them over, without parsing them into objects only to print them again (on
    SQLite, its own text; elsewhere the driver's objects, which `encode_row` takes too)."""
    return [
        type_coerce(column, String).label(column.key)
        if isinstance(column.type, Date | DateTime)
        else column
        for column in spec.table.columns
    ]


@cache
def encoders(spec: TableSpec) -> tuple[tuple[str, Encode], ...]:
    columns = spec.table.columns
    return tuple((name, _encoder(columns[name].type)) for name in spec.travelling_columns)


@cache
def decoders(spec: TableSpec) -> tuple[tuple[str, Decode, bool, Fast | None], ...]:
    """(column, decode, nullable, whole-column check) for each plain column of `spec`."""
    columns = spec.table.columns
    return tuple(
        (
            name,
            _decoder(columns[name].type),
            bool(columns[name].nullable),
            _fast(columns[name].type),
        )
        for name in spec.travelling_columns
    )


def encode_row(
    spec: TableSpec, row: Mapping[Any, Any], uuid_of: Mapping[str, Mapping[int, str]]
) -> JsonObject:
    """A database row of `spec`'s table as a package record; `uuid_of[table][id]` names the
    rows it refers to."""
    record: JsonObject = {}
    for name, encode in encoders(spec):
        value = row[name]
        record[name] = None if value is None else encode(value)
    for ref in spec.references:
        target = row[ref.column]
        record[ref.field] = None if target is None else uuid_of[ref.table][target]
    return record


def decode_values(spec: TableSpec, record: JsonObject) -> dict[str, Any]:
    """The plain column values of `record` (not its references), checked; BadValue if wrong."""
    return decode_records(spec, [record])[0]


def decode_records(spec: TableSpec, records: list[JsonObject]) -> list[dict[str, Any]]:
    """`decode_values` of each record, a column at a time: a column whose values all pass one
    check at once (a package this app wrote) is taken whole; else value by value, and the
    first wrong value raises BadValue naming its column (`.record` is its position)."""
    names: list[str] = []
    columns: list[Column] = []
    for name, decode, nullable, fast in decoders(spec):
        column = [record.get(name, _MISSING) for record in records]
        checked = fast(column) if fast is not None else None
        if checked is None and nullable and all(value is None for value in column):
            checked = column
        if checked is None:
            checked = [_one(name, decode, nullable, at, value) for at, value in enumerate(column)]
        names.append(name)
        columns.append(checked)
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


_MISSING: Any = object()


def _one(name: str, decode: Decode, nullable: bool, at: int, value: Any) -> Any:
    try:
        if value is _MISSING or (value is None and not nullable):
            raise BadValue("missing")
        return None if value is None else decode(value)
    except BadValue as error:
        error.args = (f"{name}: {error}",)
        error.record = at
        raise


def digest(record: JsonObject) -> str:
    """The SHA-256 of what `record` holds, apart from its uuid and its last change's time."""
    held = dict(record)
    for name in _NOT_DIGESTED:
        held.pop(name, None)
    return hashlib.sha256(_CANONICAL(held).encode("utf-8")).hexdigest()


def updated_at(record: JsonObject) -> datetime | None:
    """When the record was last changed, as its `updated_at` says; None when it cannot say."""
    value = record.get("updated_at")
    if not isinstance(value, str):
        return None
    try:
        return _aware(value)
    except ValueError:
        return None
