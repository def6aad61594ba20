"""Importing a working framework: extend or replace, and a bad file writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from jpoa_desktop.errors import ContentError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.services.library.search import SearchService

AREA = """
[[item]]
key = "{key}"
kind = "area"
pillar = {pillar}
code = "{code}"

[item.title]
en = "{title}"
ru = "{title_ru}"
"""


def _framework_file(tmp_path: Path, *areas: tuple[str, int, str, str, str], head: str = "") -> Path:
    body = '[meta]\npack = "national-framework"\nversion = 1\n' + head
    for key, pillar, code, title, title_ru in areas:
        body += AREA.format(key=key, pillar=pillar, code=code, title=title, title_ru=title_ru)
    path = tmp_path / "framework.toml"
    path.write_text(body, encoding="utf-8")
    return path


def _area_codes(db: Database) -> list[str]:
    return [a.code for p in LibraryService(db.session_scope).pillars("en") for a in p.areas]


def _row_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM library_text")).scalar_one())


def test_importing_extends_the_framework_and_the_search_finds_new_areas(
    loaded_db: Database, tmp_path: Path
) -> None:
    before = _area_codes(loaded_db)
    path = _framework_file(
        tmp_path, ("area-iv.20", 4, "IV.20", "Judicial ombudsperson offices", "Омбудсмены")
    )
    report = ContentService(loaded_db.session_scope).import_framework(path)
    assert report.items_written == 1
    assert _area_codes(loaded_db) == [*before, "IV.20"]
    hits = SearchService(loaded_db.session_scope).search("ombudsperson", "en")
    assert hits and hits[0].title == "IV.20 Judicial ombudsperson offices"


def test_importing_with_replace_keeps_only_the_files_areas(
    loaded_db: Database, tmp_path: Path
) -> None:
    path = _framework_file(
        tmp_path,
        ("nat-1", 1, "I.1", "Community policing", "Общественная полиция"),
        ("nat-2", 3, "III.1", "Border management", "Управление границами"),
        head='\n[meta.label]\nen = "National framework of Kyrgyzstan"\n'
        'ru = "Национальная структура"\n',
    )
    ContentService(loaded_db.session_scope).import_framework(path, replace=True)
    assert _area_codes(loaded_db) == ["I.1", "III.1"]
    library = LibraryService(loaded_db.session_scope)
    assert library.framework_label("en") == "National framework of Kyrgyzstan"
    # the bundled framework no longer comes back on the next start
    assert ContentService(loaded_db.session_scope).load_builtin().loaded == ()
    assert _area_codes(loaded_db) == ["I.1", "III.1"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("this is = = not toml", "framework.toml"),
        ('[meta]\npack = "x"\nversion = 1\n', "no areas"),
        (
            '[meta]\npack = "x"\nversion = 1\n[[item]]\nkey = "t1"\nkind = "term"\n'
            '[item.title]\nen = "A term"\n',
            "only kind",
        ),
        (
            '[meta]\npack = "x"\nversion = 1\n[[item]]\nkey = "a1"\nkind = "area"\npillar = 7\n'
            'code = "VII.1"\n[item.title]\nen = "Seventh pillar"\n',
            "pillar",
        ),
        (
            '[meta]\npack = "x"\nversion = 1\n[[item]]\nkey = "a1"\nkind = "area"\npillar = 1\n'
            '[item.title]\nen = "No code"\n',
            "code",
        ),
    ],
)
def test_a_bad_framework_file_is_refused_and_writes_nothing(
    loaded_db: Database, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "framework.toml"
    path.write_text(content, encoding="utf-8")
    before_codes, before_rows = _area_codes(loaded_db), _row_count(loaded_db)
    with pytest.raises(ContentError, match=message):
        ContentService(loaded_db.session_scope).import_framework(path, replace=True)
    assert _area_codes(loaded_db) == before_codes
    assert _row_count(loaded_db) == before_rows


def test_a_binary_file_is_refused_with_a_clear_message(loaded_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "framework.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(ContentError, match=r"framework\.toml"):
        ContentService(loaded_db.session_scope).import_framework(path)


def test_a_missing_file_is_refused_with_a_clear_message(
    loaded_db: Database, tmp_path: Path
) -> None:
    with pytest.raises(ContentError, match=r"nothing\.toml"):
        ContentService(loaded_db.session_scope).import_framework(tmp_path / "nothing.toml")
