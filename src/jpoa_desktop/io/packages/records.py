"""The one rule every table in a package keeps: a list of objects, each with its own `uuid`.

The merge on the other laptop finds "the same record" by its uuid alone, so a record without
one, or two records with the same one, would make it guess; the writer and the reader both
refuse such a table.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.packages import Json, JsonObject


def checked_records(path: Path, table: str, value: Json) -> list[JsonObject]:
    """`value` as the records of `table` in the package at `path`, or one clear line."""
    if not isinstance(value, list):
        raise _wrong(path, table, QT_TRANSLATE_NOOP("Errors", "it is not a list of records"))
    if _all_well(value):
        return cast(list[JsonObject], value)
    seen: set[str] = set()
    records: list[JsonObject] = []
    for number, record in enumerate(value, start=1):
        if not isinstance(record, dict):
            raise _wrong_record(path, table, number, QT_TRANSLATE_NOOP("Errors", "not an object"))
        uuid = record.get("uuid")
        if not isinstance(uuid, str) or not uuid.strip():
            raise _wrong_record(path, table, number, QT_TRANSLATE_NOOP("Errors", "it has no uuid"))
        if uuid in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is refused: table {table} holds uuid {uuid} twice."
                ),
                file=path.name,
                table=table,
                uuid=uuid,
            )
        seen.add(uuid)
        records.append(record)
    return records


def _all_well(value: list[Json]) -> bool:
    """The same rule over the whole table at once, in C loops (a large package holds 300,000
    records): True when every record is an object with a uuid of its own; else the walk
    record by record finds the first that is not, to name it."""
    if set(map(type, value)) - {dict}:
        return False
    uuids = [record.get("uuid") for record in value]  # type: ignore[union-attr]
    if set(map(type, uuids)) - {str}:
        return False
    return all(map(str.strip, uuids)) and len(set(uuids)) == len(uuids)  # type: ignore[arg-type]


def _wrong(path: Path, table: str, reason: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is refused: table {table}: {reason}."),
        file=path.name,
        table=table,
        reason=reason,
    )


def _wrong_record(path: Path, table: str, number: int, reason: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is refused: table {table}, record {number}: {reason}."),
        file=path.name,
        table=table,
        number=number,
        reason=reason,
    )
