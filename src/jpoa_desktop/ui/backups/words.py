"""A backup told in words: why it was made, when, how large, and what it holds.

The dialog listing backups and the offer made at start for a damaged database say a backup
the same way. Times are the backup's own local wall clock (its name holds local time).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.services.exchange.backup import BackupInfo
from jpoa_desktop.texts.formatting import decimal_number, short_date_time
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

CONTEXT = "Backups"
_SECOND_IN_A_SECOND = re.compile(r"-\d+$")  # `daily-2`: a second daily backup that second

reason_label = CodeLabels(
    CONTEXT,
    {
        "on-close": QT_TRANSLATE_NOOP("Backups", "on closing"),
        "daily": QT_TRANSLATE_NOOP("Backups", "daily"),
        "by-hand": QT_TRANSLATE_NOOP("Backups", "by hand"),
        "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
        "before-package-import": QT_TRANSLATE_NOOP("Backups", "before a package import"),
        "before-merge": QT_TRANSLATE_NOOP("Backups", "before a merge"),
        "before-delete": QT_TRANSLATE_NOOP("Backups", "before a delete"),
        "before-erase": QT_TRANSLATE_NOOP("Backups", "before erasing personal data"),
        "before-retention": QT_TRANSLATE_NOOP("Backups", "before the retention rule erased data"),
        "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
        "before-restore-damaged": QT_TRANSLATE_NOOP(
            "Backups", "a damaged file, kept before a restore"
        ),
        "before-upgrade": QT_TRANSLATE_NOOP("Backups", "before an upgrade of the app"),
    },
)


def reason_words(reason: str) -> str:
    """Why a backup was made, in the interface language; an unknown reason as its words."""
    code = _SECOND_IN_A_SECOND.sub("", reason)
    words = reason_label(code)
    return code.replace("-", " ") if words == code else words


def when_words(info: BackupInfo, language: str) -> str:
    return short_date_time(info.when, language)


class BackupWords(QObject):
    """The counted words, as a QObject's `tr` calls: lupdate reads those alone with plural forms
    (a `translate` call with its context in a variable is not found at all)."""

    def size(self, megabytes: str) -> str:
        return self.tr("{size} MB").format(size=megabytes)

    def held(self, info: BackupInfo) -> str:
        parts = []
        if info.workshops is not None:
            parts.append(self.tr("%n workshop(s)", "", info.workshops))
        if info.people is not None:
            parts.append(self.tr("%n person(s)", "", info.people))
        if info.drafts is not None:
            parts.append(self.tr("%n strategy draft(s)", "", info.drafts))
        return ", ".join(parts)


def size_words(size: int, language: str) -> str:
    """A file's size in megabytes (a database backup is rarely under a tenth of one)."""
    return BackupWords().size(decimal_number(size / 1_000_000, language, places=1))


def held_words(info: BackupInfo) -> str:
    """`3 workshops, 120 people, 1 strategy draft`: what the backup holds, as far as it says."""
    return BackupWords().held(info)
