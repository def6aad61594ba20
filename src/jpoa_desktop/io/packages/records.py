"""The one rule every table in a package keeps: a list of objects, each with its own `uuid`.

The merge on the other laptop finds "the same record" by its uuid alone, so a record without
one, or two records with the same one, would make it guess; the writer and the reader both
refuse such a table.
"""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.packages import Json, JsonObject


def checked_records(path: Path, table: str, value: Json) -> list[JsonObject]:
    """`value` as the records of `table` in the package at `path`, or one clear line."""
    if not isinstance(value, list):
        raise _wrong(path, table, QT_TRANSLATE_NOOP("Errors", "it is not a list of records"))
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
