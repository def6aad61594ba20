"""Refusing zip bombs before a reader inflates them.

XLSX and DOCX files are zip archives: a few hundred kilobytes on disk can inflate to gigabytes,
and a size limit on the file itself says nothing about that. The central directory declares
each member's inflated size, and Python's `zipfile` never yields more than the declared size
(a member that inflates further fails its CRC check), so checking the declared sizes before
reading bounds what any reader built on `zipfile` (openpyxl, python-docx) can inflate.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

MB = 1024 * 1024


@dataclass(frozen=True)
class ZipLimits:
    """What an archive may inflate to; tests lower these to build small bombs."""

    max_members: int = 5_000
    max_member_bytes: int = 150 * MB
    max_total_bytes: int = 300 * MB


DEFAULT_LIMITS = ZipLimits()


def check_archive(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> None:
    """Raise a ValidationError naming the file when `path` would inflate past `limits`.

    Reads only the central directory, so a bomb is refused in milliseconds.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged or not a real Office file: {reason}"),
            file=path.name,
            reason=str(exc) or type(exc).__name__,
        ) from exc
    if len(members) > limits.max_members:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} holds {count} parts, more than any real document ({limit})."
            ),
            file=path.name,
            count=len(members),
            limit=limits.max_members,
        )
    total = 0
    for member in members:
        if member.file_size > limits.max_member_bytes:
            raise _too_large(path, member.file_size, limits.max_member_bytes)
        total += member.file_size
        if total > limits.max_total_bytes:
            raise _too_large(path, total, limits.max_total_bytes)


def _too_large(path: Path, size: int, limit: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} would unpack to {size} MB, more than the {limit} MB a list or plan can be; "
            "it was not read.",
        ),
        file=path.name,
        size=max(1, size // MB),
        limit=max(1, limit // MB),
    )
