"""The participant directory's word index: every word of every spelling of a person's name,
Cyrillic and Latin, folded (see `text_folding`), so that a query word finds the people whose
name has a word starting with it. Prefixes are looked up as ranges on the indexed `word`
column: plain SQL, fast on any database. (A range is a prefix when strings compare code point
by code point: SQLite's way, and the `word` column's collation "C" on PostgreSQL, revision 0014.)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.workshop_models import Person, PersonWordIndex
from jpoa_desktop.texts.text_folding import fold, fold_marks_only, query_words, words

WORD_LENGTH = 120  # the index column's width


@lru_cache(maxsize=50_000)
def name_word_forms(word: str) -> tuple[str, ...]:
    """A name word folded (`Täçmyradow` → tachmyradov), and with marks dropped (tacmyradov)."""
    return tuple(f for f in dict.fromkeys((fold(word), fold_marks_only(word))) if f)


def name_words(*spellings: str) -> list[str]:
    """Every folded word of every spelling, once each, in order."""
    seen: dict[str, None] = {}
    for spelling in spellings:
        for word in words(spelling):
            for folded in name_word_forms(word):
                seen.setdefault(folded[:WORD_LENGTH], None)
    return list(seen)


def prefix_range(prefix: str) -> tuple[str, str]:
    """[low, high) bounds of the words that start with `prefix`."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def name_word_filters(query: str) -> list[ColumnElement[bool]]:
    """One condition on `Person` per query word (the first few): it starts a name word."""
    folded = [f for f in (fold(w) for w in query_words(query).words) if f]
    clauses: list[ColumnElement[bool]] = []
    for word in dict.fromkeys(folded):
        low, high = prefix_range(word[:WORD_LENGTH])
        clauses.append(
            Person.id.in_(
                select(PersonWordIndex.person_id).where(
                    PersonWordIndex.word >= low, PersonWordIndex.word < high
                )
            )
        )
    return clauses


def index_words(session: Session, person: Person) -> None:
    """Make the person's word index rows match their current names (after a flush)."""
    session.execute(delete(PersonWordIndex).where(PersonWordIndex.person_id == person.id))
    rows = word_rows(person.id, {column: getattr(person, column) for column in NAME_COLUMNS})
    if rows:
        session.execute(insert(PersonWordIndex), rows)


NAME_COLUMNS = (
    "family_name",
    "given_name",
    "patronymic",
    "latin_family_name",
    "latin_given_name",
)


def word_rows(person_id: int, values: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Rows for `person_word_index` from a person's column values."""
    words = name_words(*(str(values[column]) for column in NAME_COLUMNS))
    return [{"person_id": person_id, "word": word} for word in words]


def sort_key(family: str, given: str, patronymic: str) -> str:
    """The folded full name the directory sorts by, whatever script it was typed in."""
    return fold(f"{family} {given} {patronymic}").strip()
