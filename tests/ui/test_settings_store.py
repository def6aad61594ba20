"""Typed settings over QSettings, isolated in an ini file."""

from __future__ import annotations

from pathlib import Path

from jpoa_desktop.ui.settings.store import MAX_RECENT_DATABASES, SettingsStore


def test_defaults_apply_when_nothing_is_stored(tmp_path: Path) -> None:
    settings = SettingsStore.from_file(tmp_path / "s.ini")
    assert settings.ui_language == "en"
    assert settings.last_screen == "library"
    assert settings.window_geometry == b""
    assert settings.recent_databases == ()


def test_values_survive_a_new_store_on_the_same_file(tmp_path: Path) -> None:
    first = SettingsStore.from_file(tmp_path / "s.ini")
    first.ui_language = "ru"
    first.window_geometry = b"\x01\x02\xff"
    first.remember_database("/data/a.sqlite")
    first.remember_database("/data/b.sqlite")
    first.remember_database("/data/a.sqlite")
    first.sync()
    second = SettingsStore.from_file(tmp_path / "s.ini")
    assert second.ui_language == "ru"
    assert second.window_geometry == b"\x01\x02\xff"
    assert second.recent_databases == ("/data/a.sqlite", "/data/b.sqlite")


def test_a_malformed_value_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[ui]\nlanguage=klingon\n[database]\nrecent=not json\n", encoding="utf-8")
    settings = SettingsStore.from_file(path)
    assert settings.ui_language == "en"
    assert settings.recent_databases == ()


def test_recent_databases_keep_only_the_latest(tmp_path: Path) -> None:
    settings = SettingsStore.from_file(tmp_path / "s.ini")
    for n in range(MAX_RECENT_DATABASES + 3):
        settings.remember_database(f"/data/{n}.sqlite")
    recent = settings.recent_databases
    assert len(recent) == MAX_RECENT_DATABASES
    assert recent[0] == f"/data/{MAX_RECENT_DATABASES + 2}.sqlite"
