"""Loading the built-in library: complete, bilingual, idempotent, and updatable without losses."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from jpoa_desktop.config import content_dir
from jpoa_desktop.errors import Cancelled
from jpoa_desktop.model.library import PARTNER, PHASE, RESOLUTION
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.library import LibraryService


def _dump(db: Database) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    with db.engine.connect() as conn:
        for table in ("content_pack", "library_item", "library_text"):
            rows += [(table, *r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
    return rows


def test_library_has_four_pillars_with_at_least_six_areas_in_both_languages(
    loaded_db: Database,
) -> None:
    library = LibraryService(loaded_db.session_scope)
    for lang in ("en", "ru"):
        pillars = library.pillars(lang)
        assert [p.number for p in pillars] == [1, 2, 3, 4]
        for pillar in pillars:
            assert len(pillar.areas) >= 6
            assert pillar.title and pillar.body
            assert all(a.title and a.code.startswith(pillar.roman + ".") for a in pillar.areas)
    assert library.pillars("ru")[1].title != library.pillars("en")[1].title
    assert any("\u0400" <= ch <= "\u04ff" for ch in library.pillars("ru")[0].title)


def test_library_holds_the_jpoa_story_partners_resolutions_and_glossary(
    loaded_db: Database,
) -> None:
    library = LibraryService(loaded_db.session_scope)
    sections = {s.pack: s for s in library.sections("en")}
    assert {"jpoa", "pillars", "framework", "resolutions", "partners", "glossary"} <= set(sections)
    jpoa_kinds = [i.kind for i in sections["jpoa"].items]
    assert jpoa_kinds.count(PHASE) == 4
    partners = [i for i in sections["partners"].items if i.kind == PARTNER]
    assert len(partners) >= 10 and all(p.subtitle for p in partners)  # each with its full name
    resolutions = [i for i in sections["resolutions"].items if i.kind == RESOLUTION]
    assert any("2178" in r.title for r in resolutions)
    assert all(r.subtitle for r in resolutions)
    history = " ".join(
        library.item(i.id, "en").texts.get("body", "") for i in sections["jpoa"].items
    )
    assert "Ashgabat" in history and "2011" in history and "2022" in history


def test_glossary_has_sixty_terms_in_english_and_russian(loaded_db: Database) -> None:
    entries = LibraryService(loaded_db.session_scope).glossary("ru")
    assert len(entries) >= 60
    assert all(e.terms.get("en") and e.terms.get("ru") for e in entries)
    filtered = LibraryService(loaded_db.session_scope).glossary("ru", contains="террор")
    assert 0 < len(filtered) < len(entries)


def test_framework_is_labelled_as_the_apps_working_framework(loaded_db: Database) -> None:
    label = LibraryService(loaded_db.session_scope).framework_label("en")
    assert "not official" in label


def test_loading_twice_changes_nothing(loaded_db: Database) -> None:
    before = _dump(loaded_db)
    report = ContentService(loaded_db.session_scope).load_builtin()
    assert report.loaded == () and report.items_written == 0
    assert _dump(loaded_db) == before


def _content_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(content_dir(), folder)
    return folder


def _bump(path: Path, old: str, new: str) -> None:
    source = path.read_text(encoding="utf-8")
    assert old in source
    version = int(re.search(r"^version = (\d+)", source, re.M).group(1))  # type: ignore[union-attr]
    source = source.replace(f"version = {version}", f"version = {version + 1}", 1)
    source = source.replace(old, new, 1)
    path.write_text(source, encoding="utf-8")


def test_a_newer_content_file_updates_the_library_and_keeps_imported_areas(
    loaded_db: Database, tmp_path: Path
) -> None:
    service = ContentService(loaded_db.session_scope)
    extra = tmp_path / "extra.toml"
    extra.write_text(
        '[meta]\npack = "framework"\nversion = 1\n\n[[item]]\nkey = "area-ii.99"\nkind = "area"\n'
        'pillar = 2\ncode = "II.99"\n\n[item.title]\nen = "Prison management"\n'
        'ru = "Управление местами лишения свободы"\n',
        encoding="utf-8",
    )
    service.import_framework(extra)
    folder = _content_copy(tmp_path)
    _bump(folder / "glossary.toml", 'en = "Terrorism"', 'en = "Terrorism (general notion)"')

    report = service.load_builtin(folder=folder)

    assert report.loaded == ("glossary",)
    library = LibraryService(loaded_db.session_scope)
    terms = [e.terms["en"] for e in library.glossary("en")]
    assert "Terrorism (general notion)" in terms and "Terrorism" not in terms
    pillar_two = library.pillars("en")[1]
    assert "II.99" in [a.code for a in pillar_two.areas]
    assert ContentService(loaded_db.session_scope).load_builtin(folder=folder).loaded == ()


def test_an_older_content_file_does_not_downgrade_the_library(
    loaded_db: Database, tmp_path: Path
) -> None:
    folder = _content_copy(tmp_path)
    _bump(folder / "glossary.toml", 'en = "Terrorism"', 'en = "Terrorism v2"')
    ContentService(loaded_db.session_scope).load_builtin(folder=folder)
    report = ContentService(loaded_db.session_scope).load_builtin()  # the version 1 files again
    assert "glossary" in report.unchanged
    terms = [e.terms["en"] for e in LibraryService(loaded_db.session_scope).glossary("en")]
    assert "Terrorism v2" in terms


def test_a_third_language_needs_no_schema_change(loaded_db: Database, tmp_path: Path) -> None:
    folder = _content_copy(tmp_path)
    _bump(
        folder / "pillars.toml",
        'ru = "Меры по устранению условий',
        'kk = "Терроризмнің таралуына қолайлы жағдайларды жою шаралары"\n'
        'ru = "Меры по устранению условий',
    )
    ContentService(loaded_db.session_scope).load_builtin(folder=folder)
    library = LibraryService(loaded_db.session_scope)
    assert "kk" in library.languages()
    kazakh = library.pillars("kk")
    assert kazakh[0].title.startswith("Терроризмнің")
    assert kazakh[1].title == library.pillars("ru")[1].title  # Russian where Kazakh is missing


def test_cancelled_loading_writes_nothing(empty_db: Database) -> None:
    with pytest.raises(Cancelled):
        ContentService(empty_db.session_scope).load_builtin(cancelled=lambda: True)
    assert not LibraryService(empty_db.session_scope).is_loaded()
    assert _dump(empty_db) == []


def test_loading_reports_progress_to_the_end(empty_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    ContentService(empty_db.session_scope).load_builtin(progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
