"""`jpoa search` and `jpoa people search` with no words, a thousand words or 100 KB of text."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.people import PeopleService, PersonInput

THOUSAND_WORDS = " ".join(f"word{n}" for n in range(1_000))


@pytest.fixture
def turkmen_person(tmp_path: Path) -> int:
    db = open_database(str(tmp_path / "w.sqlite"))
    ContentService(db.session_scope).load_builtin()
    person = PeopleService(db.session_scope).add(
        PersonInput(family_name="Täçmyradow", given_name="Şatlyk", country="TM")
    )
    db.dispose()
    return person


@pytest.mark.parametrize("query", ["", "   ", "?!"])
def test_an_empty_search_is_refused_with_exit_2_and_one_line(
    turkmen_person: int, tmp_path: Path, query: str
) -> None:
    for command in (("search",), ("people", "search")):  # the library and the directory
        result = jpoa(*command, query, cwd=tmp_path)
        assert result.returncode == 2, command
        assert result.stderr.strip().splitlines() == [
            "jpoa: Type at least one word to search for."
        ], command


def test_people_search_with_a_thousand_words_uses_the_first_and_says_so(
    turkmen_person: int, tmp_path: Path
) -> None:
    result = jpoa("people", "search", "Tachmyradov Shatlyk " + THOUSAND_WORDS, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "only its first 8 words" in result.stderr
    assert "Traceback" not in result.stderr and "SQL" not in result.stderr
    assert (
        result.stdout
        == "No one matches “Tachmyradov Shatlyk word0 word1 word2 word3 word4 word5”.\n"
    )


def test_a_hundred_kilobyte_query_is_cut_in_both_searches(
    turkmen_person: int, tmp_path: Path
) -> None:
    query = "Tachmyradov " + "x" * 100_000
    people = jpoa("people", "search", query, cwd=tmp_path)
    library = jpoa("search", query, cwd=tmp_path)
    for result in (people, library):
        assert result.returncode == 0, result.stderr
        assert "only its first 8 words" in result.stderr
        assert len(result.stdout) < 400


def test_a_turkmen_name_is_found_by_its_english_spelling(
    turkmen_person: int, tmp_path: Path
) -> None:
    (found,) = as_json(jpoa("people", "search", "Tachmyradov", "--json", cwd=tmp_path))
    assert found["id"] == turkmen_person and found["family_name"] == "Täçmyradow"
    hits = as_json(jpoa("search", "radicalisation", "--json", cwd=tmp_path))
    assert hits[0]["title"] == "Radicalization"
