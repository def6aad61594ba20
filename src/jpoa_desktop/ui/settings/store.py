"""Settings declared once, typed, with their defaults, stored with `QSettings`.

Each setting is an `Option` on `SettingsStore`: reading it converts what QSettings returns (which
differs between the registry, plist and ini backends) into the declared type, and falls back to
the default for anything missing or malformed. Tests pass an ini file so they never touch the
user's real settings.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

LANGUAGES = ("en", "ru")
DEFAULT_LANGUAGE = "en"
MAX_RECENT_DATABASES = 8
MAX_RETENTION_MONTHS = 120


def _to_text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise ValueError(value)


def _to_language(value: object) -> str:
    text = _to_text(value)
    if text not in LANGUAGES:
        raise ValueError(value)
    return text


def _to_bytes(value: object) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    raise ValueError(value)


def _to_text_tuple(value: object) -> tuple[str, ...]:
    decoded = json.loads(_to_text(value))
    if not isinstance(decoded, list) or not all(isinstance(v, str) for v in decoded):
        raise ValueError(value)
    return tuple(decoded)


def _from_text_tuple(value: tuple[str, ...]) -> object:
    return json.dumps(list(value), ensure_ascii=False)


def _to_bool(value: object) -> bool:
    """ini files give "true"/"false", the registry and plists give booleans."""
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ValueError(value)


def _to_retention_months(value: object) -> int:
    """0 (the rule is off) or 1 to 120 months; ini files give text, the registry numbers."""
    number = int(_to_text(value)) if not isinstance(value, int) else value
    if isinstance(number, bool) or not (number == 0 or 1 <= number <= MAX_RETENTION_MONTHS):
        raise ValueError(value)
    return number


def _to_port(value: object) -> int:
    """A TCP port, 1 to 65535; ini files give text, the registry numbers."""
    number = int(_to_text(value)) if not isinstance(value, int) else value
    if isinstance(number, bool) or not 1 <= number <= 65535:
        raise ValueError(value)
    return number


def _to_last_used(value: object) -> str:
    text = _to_text(value)
    if text not in ("server", "laptop"):
        raise ValueError(value)
    return text


Offset = tuple[float, float]  # (right, down) in mm


def _to_offsets(value: object) -> dict[str, Offset]:
    """Printer name → offset; an entry that is not two finite numbers is left out."""
    decoded = json.loads(_to_text(value))
    if not isinstance(decoded, dict):
        raise ValueError(value)
    offsets: dict[str, Offset] = {}
    for name, pair in decoded.items():
        if (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in pair)
            and all(math.isfinite(v) for v in pair)
        ):
            offsets[str(name)] = (float(pair[0]), float(pair[1]))
    return offsets


def _from_offsets(value: Mapping[str, Offset]) -> object:
    return json.dumps({name: list(pair) for name, pair in value.items()}, ensure_ascii=False)


def _same(value: Any) -> object:
    return value


class Option(Generic[T]):
    """One setting: its key in QSettings, its default, and how to read and write it."""

    def __init__(
        self,
        key: str,
        default: T,
        read: Callable[[object], T],
        write: Callable[[T], object] = _same,
    ) -> None:
        self.key = key
        self.default = default
        self._read = read
        self._write = write

    @overload
    def __get__(self, store: None, owner: type[SettingsStore]) -> Option[T]: ...

    @overload
    def __get__(self, store: SettingsStore, owner: type[SettingsStore]) -> T: ...

    def __get__(self, store: SettingsStore | None, owner: type[SettingsStore]) -> Option[T] | T:
        if store is None:
            return self
        raw = store.qsettings.value(self.key)
        if raw is None:
            return self.default
        try:
            return self._read(raw)
        except (ValueError, TypeError):
            return self.default

    def __set__(self, store: SettingsStore, value: T) -> None:
        store.qsettings.setValue(self.key, self._write(value))


class SettingsStore:
    """Every setting the GUI keeps between runs."""

    ui_language = Option("ui/language", DEFAULT_LANGUAGE, _to_language)
    last_screen = Option("ui/last_screen", "library", _to_text)
    window_geometry = Option("window/geometry", b"", _to_bytes)
    window_state = Option("window/state", b"", _to_bytes)
    library_splitter = Option("library/splitter", b"", _to_bytes)
    recent_databases: Option[tuple[str, ...]] = Option(
        "database/recent", (), _to_text_tuple, _from_text_tuple
    )
    # Label sheets the trainer measured, as `a4:3x8:70x37:0,0.5:0,0` (see handouts/sheets.py).
    custom_sheets: Option[tuple[str, ...]] = Option(
        "handouts/custom_sheets", (), _to_text_tuple, _from_text_tuple
    )
    handouts_splitter = Option("handouts/splitter", b"", _to_bytes)
    # The Handouts screen's last choices (languages, paper, kinds ticked…), as JSON; the screen
    # reads what it still understands and ignores the rest.
    handout_choices = Option("handouts/choices", "", _to_text)
    # Label sheet calibration, by printer name ("" is a PDF file or the default printer).
    printer_offsets: Option[Mapping[str, Offset]] = Option(
        "handouts/printer_offsets", {}, _to_offsets, _from_offsets
    )
    # The Verify screen: the issuer's public key file, and whether to check against it rather
    # than this database's own key.
    verify_public_key = Option("verify/public_key", "", _to_text)
    verify_with_file = Option("verify/with_file", False, _to_bool)
    # The office's verifier page (https://…/verify.html): certificates' QR codes then carry its
    # address with the code after "#", so a phone's camera opens the page; "" prints bare codes.
    verifier_address = Option("certificates/verifier_address", "", _to_text)
    # Who writes the comments on strategy drafts (default: the computer's user name).
    comment_author = Option("strategies/comment_author", "", _to_text)
    # The retention rule: erase people's data this many months after their last workshop
    # ended, offered at start with a preview; 0 (the default) is off.
    retention_months = Option("people/retention_months", 0, _to_retention_months)
    # The Dashboard's and the Reports screen's last filters and choices, as JSON (each screen
    # reads what it still understands).
    dashboard_filter = Option("dashboard/filter", "", _to_text)
    report_choices = Option("reports/choices", "", _to_text)
    # The team's server (File → Connect to a server…): where, and who; never the password, which
    # the credential store keeps. `last_used`: "server" reconnects to it at start, "laptop" opens
    # the file.
    server_host = Option("server/host", "", _to_text)
    server_port = Option("server/port", 5432, _to_port)
    server_database = Option("server/database", "", _to_text)
    server_user = Option("server/user", "", _to_text)
    last_used = Option("database/last_used", "laptop", _to_last_used)

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    @classmethod
    def from_file(cls, path: Path) -> SettingsStore:
        """Settings kept in one ini file (tests, screenshots, portable use)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_user(cls) -> SettingsStore:
        """The user's settings, where the platform keeps them (the app's name must be set)."""
        return cls(QSettings())

    def remember_database(self, target: str) -> None:
        """Put `target` first in the recent databases list."""
        recent = [target, *(t for t in self.recent_databases if t != target)]
        self.recent_databases = tuple(recent[:MAX_RECENT_DATABASES])

    def offset_for(self, printer_name: str) -> Offset:
        """The calibrated (right, down) offset in mm for `printer_name`, (0, 0) if none."""
        return self.printer_offsets.get(printer_name, (0.0, 0.0))

    def set_offset(self, printer_name: str, offset: Offset) -> None:
        """Remember `offset` (right, down, mm) for `printer_name`; (0, 0) forgets it."""
        offsets = dict(self.printer_offsets)
        right, down = (round(float(v), 2) for v in offset)
        if right == 0 and down == 0:
            offsets.pop(printer_name, None)
        else:
            offsets[printer_name] = (right, down)
        self.printer_offsets = offsets

    def sync(self) -> None:
        self.qsettings.sync()
