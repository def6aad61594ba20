"""A last check that no private key material leaves the laptop in a package.

The private halves of the signing keys live only in the user's key file, never in the
database, so the services should never hand one to the writer. This check is the defence in
depth if one ever does: a table named like the signing keys' or a key file, or a record with
a field named like a private key or a secret, anywhere inside it, stops the export.
"""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.packages import Json, PackageContents

_SECRET_TABLE_WORDS = ("signing_key", "key_file", "private", "secret")
_SECRET_FIELD_WORDS = ("private_key", "secret")


def refuse_private_keys(contents: PackageContents) -> None:
    """Raise a ValidationError if `contents` could carry a private key."""
    for table, records in contents.tables.items():
        if any(word in table.lower() for word in _SECRET_TABLE_WORDS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Signing keys never travel in a package (table {table})."
                ),
                table=table,
            )
        for record in records:
            field = _secret_field(record)
            if field is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A package never carries private keys or secrets "
                        "(table {table}, field {field}).",
                    ),
                    table=table,
                    field=field,
                )


def _secret_field(value: Json) -> str | None:
    """The first field named like a secret anywhere in `value`, walked without recursion."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            for name, child in item.items():
                if any(word in name.lower() for word in _SECRET_FIELD_WORDS):
                    return name
                pending.append(child)
        elif isinstance(item, list):
            pending.extend(item)
    return None
