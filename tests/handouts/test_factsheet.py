"""The factsheet: the JPoA and one pillar with its areas, from the library, on two pages at most."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.library import LibraryService


@pytest.mark.parametrize(("language", "pillar", "expected"), [
    ("ru", 2, ("Информационный листок", "Что такое Совместный план действий",
               "II. Меры по предотвращению терроризма", "Тематические направления", "II.3")),
    ("en", 4, ("Factsheet", "What the Joint Plan of Action is", "IV.", "Thematic areas", "IV.1")),
])  # fmt: skip
def test_the_factsheet_tells_the_jpoa_and_the_chosen_pillar(
    empty_db: Database, tmp_path: Path, language: str, pillar: int, expected: tuple[str, ...]
) -> None:
    ContentService(empty_db.session_scope).load_builtin()
    out = tmp_path / "factsheet.pdf"
    HandoutService(empty_db.session_scope).write("factsheet", 0, out, language, pillar=pillar)
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for piece in expected:
        assert piece in text
    areas = next(p for p in LibraryService(empty_db.session_scope).pillars(language)
                 if p.number == pillar).areas  # fmt: skip
    assert all(area.title.split()[0] in text for area in areas)


def test_without_the_library_the_factsheet_says_what_to_do(
    empty_db: Database, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="load the built-in library"):
        HandoutService(empty_db.session_scope).write("factsheet", 0, tmp_path / "f.pdf", "en")
    assert not (tmp_path / "f.pdf").exists()
