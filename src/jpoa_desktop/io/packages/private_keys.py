"""A last check that no private key material leaves the laptop in a package.

The private halves of the signing keys live only in the user's key file, never in the
database, so the services should never hand one to the writer. This check is the defence in
depth if one ever does: a table named like the signing keys' or a key file, or a record with
a field named like a private key or a secret, anywhere inside it, stops the export.
"""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.packages import Json, JsonObject, PackageContents

_SECRET_TABLE_WORDS = ("signing_key", "key_file", "private", "secret")
_SECRET_FIELD_WORDS = ("private_key", "secret")


def refuse_private_keys(contents: PackageContents) -> None:
    """Raise a ValidationError if `contents` could carry a private key."""
    field = _secret_field([contents.holds])
    if field is not None:
        raise _carries(QT_TRANSLATE_NOOP("Errors", "the manifest"), field)
    for table, records in contents.tables.items():
        if any(word in table.lower() for word in _SECRET_TABLE_WORDS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Signing keys never travel in a package (table {table})."
                ),
                table=table,
            )
        field = _secret_field(records)
        if field is not None:
            raise _carries(table, field)


def _secret_field(records: list[JsonObject]) -> str | None:
    """The first field named like a secret anywhere in `records`.

    Records of one table share their field names, so the names are gathered into a set first
    and each is judged once: 180,000 records are checked in a fraction of a second.
    """
    names: set[str] = set()
    pending: list[Json] = list(records)
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            names.update(item)
            pending.extend(value for value in item.values() if isinstance(value, dict | list))
        elif isinstance(item, list):
            pending.extend(value for value in item if isinstance(value, dict | list))
    for name in sorted(names):
        if any(word in name.lower() for word in _SECRET_FIELD_WORDS):
            return name
    return None


def _carries(table: str, field: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "A package never carries private keys or secrets ({table}, field {field})."
        ),
        table=table,
        field=field,
    )
