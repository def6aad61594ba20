"""Library search: both scripts, prefixes, ranking and highlight spans a reader can trust."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.library import SearchHit
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.indexes.word_forms import term
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.search import SearchService, fts_query
from jpoa_desktop.texts.text_folding import fold


def _marked(hit: SearchHit) -> list[str]:
    return [hit.snippet[s:e] for s, e in hit.marks] + [hit.title[s:e] for s, e in hit.title_marks]


def _is_cyrillic(value: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in value)


def test_russian_prefix_finds_russian_texts_with_the_words_marked(loaded_db: Database) -> None:
    hits = SearchService(loaded_db.session_scope).search("террор", "ru")
    assert len(hits) >= 10
    assert all(_is_cyrillic(h.title) for h in hits[:10])
    for hit in hits[:10]:
        marked = _marked(hit)
        assert marked, hit
        assert all(w.casefold().startswith("террор") for w in marked)


def test_latin_transliteration_finds_cyrillic_text(loaded_db: Database) -> None:
    hits = SearchService(loaded_db.session_scope).search("terror", "ru")
    assert hits and _is_cyrillic(hits[0].title)
    assert any(w.casefold().startswith("террор") for w in _marked(hits[0]))


def test_phrase_words_must_all_match_and_best_match_comes_first(loaded_db: Database) -> None:
    hits = SearchService(loaded_db.session_scope).search("foreign terrorist fighters", "en")
    titles = [h.title for h in hits]
    # The glossary term is the query but for its plural; the framework area holds every word.
    assert titles[:2] == [
        "Foreign terrorist fighter",
        "II.4 Foreign terrorist fighters and returnees",
    ]
    assert any("2178" in t for t in titles)
    assert len(hits) < 10


def test_search_is_case_and_diacritics_insensitive(loaded_db: Database) -> None:
    search = SearchService(loaded_db.session_scope).search
    assert [h.id for h in search("ТЕРРОР", "ru")] == [h.id for h in search("террор", "ru")]
    assert [h.id for h in search("Ashgabat", "en")] == [h.id for h in search("ashgabat", "en")]
    assert [h.id for h in search("Ашхабад", "ru")]  # ё/й/е and friends fold the same way
    assert [h.id for h in search("ёмкость", "ru")] == [h.id for h in search("емкость", "ru")]


def test_query_syntax_characters_are_plain_text(loaded_db: Database) -> None:
    search = SearchService(loaded_db.session_scope).search
    for query in ["a OR", "NOT terror", "(террор", "terror)", "col:umn", 'te"rror', "a*b"]:
        search(query, "en")  # must not raise
    for query in ['"', "*", "^", "-", "", "   "]:  # no word at all: refused, never an SQL error
        with pytest.raises(ValidationError, match="at least one word"):
            search(query, "en")


def test_results_are_limited_and_one_per_item(loaded_db: Database) -> None:
    hits = SearchService(loaded_db.session_scope).search("terror", "en", limit=7)
    assert len(hits) == 7
    assert len({h.id for h in hits}) == 7
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_uzbek_apostrophe_variants_find_the_same_text(loaded_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "uz.toml"
    path.write_text(
        '[meta]\npack = "uz"\nversion = 1\n[[item]]\nkey = "area-iv.30"\nkind = "area"\n'
        'pillar = 4\ncode = "IV.30"\n[item.title]\nen = "Oʻzbekiston: gʻoyaviy tarbiya"\n',
        encoding="utf-8",
    )
    ContentService(loaded_db.session_scope).import_framework(path)
    search = SearchService(loaded_db.session_scope).search
    for query in [
        "Oʻzbekiston",
        "O'zbekiston",
        "O‘zbekiston",
        "O`zbekiston",
        "ozbekiston",
        "Ўзбекистон",
    ]:
        titles = [h.title for h in search(query, "en")]
        assert "IV.30 Oʻzbekiston: gʻoyaviy tarbiya" in titles, query


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("террор", "terror"),
        ("Юсупов", "Yusupov"),
        ("Юсупов", "Iusupov"),
        ("Қазақстан", "Qazaqstan"),
        ("Oʻzbekiston", "O'zbekiston"),
        ("Ўзбекистон", "Ozbekiston"),
        ("Тоҷикистон", "Tojikiston"),
        ("Türkmenistan", "turkmenistan"),
        ("Ёлкин", "Elkin"),
    ],
)
def test_folding_makes_script_variants_equal(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fts_query_quotes_every_word() -> None:
    assert fts_query([term('te"rror')]) == '("te""rror"* OR folded : "te""rror"*)'
