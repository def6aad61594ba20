"""Searching the library: one function per dialect behind one service.

SQLite uses an FTS5 table with a row per item and language. Besides the texts as written it holds
every word's folded, spelled and stemmed forms (see `text_folding` and `word_forms`), so `terror`
finds `террор`, `Oʻzbekiston` finds `O'zbekiston`, `radicalisation` finds `radicalization` and
`fighters` finds `fighter`. A title that is the query (give or take those forms) comes first,
then titles holding every query word, then bm25's order. PostgreSQL (a shared team's server)
holds the same tokens in a `tsvector`, matches them with a `tsquery` and ranks them with
FTS5's bm25 (`server_search`), so a team's server and a laptop list the same hits in one order.

Snippets and highlight spans are made here, in Python, from the stored text: the GUI gets plain
text plus (start, end) spans and decides how to render them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.model.library import SearchHit
from jpoa_desktop.services.indexes.library_index import IndexedText, Match
from jpoa_desktop.services.indexes.word_forms import Term, is_cyrillic, term
from jpoa_desktop.services.library.query_phrases import query_phrases
from jpoa_desktop.services.library.server_search import match_server
from jpoa_desktop.texts.text_folding import NO_WORDS, WORD, query_words, words

TITLE_WEIGHT, BODY_WEIGHT, FOLDED_WEIGHT = 10.0, 1.0, 0.5
OTHER_LANGUAGE_PENALTY = 0.8  # a match in the reader's language ranks above the same in another
SNIPPET_CHARS = 180
TITLE_LEVEL_SCORE = 1_000.0  # above any bm25 score: title matches rank first (see `title_level`)
ROMAN_OR_NUMBER = frozenset("IVXLC0123456789")  # a title's numbering ("II.4") is not its words


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_query(terms: Sequence[Term]) -> str:
    """Every word must match: as a prefix as typed, folded or spelled, or by its stem."""
    groups = []
    for phrases in query_phrases(terms):
        alternatives = [
            ("folded : " if p.folded_only else "") + _quoted(p.text) + ("*" if p.prefix else "")
            for p in phrases
        ]
        groups.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(groups)


@lru_cache(maxsize=100_000)
def _matches(word: str, terms: tuple[Term, ...]) -> bool:
    """Cached: fifty snippets test the same few hundred words against the same terms."""
    return any(t.matches(word) for t in terms)


def match_spans(
    value: str, terms: tuple[Term, ...], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Spans of the words in `value[start:end]` that any query term matches."""
    end = len(value) if end is None else end
    return [(m.start(), m.end()) for m in WORD.finditer(value, start, end) if _matches(m[0], terms)]


def title_level(title: str, terms: tuple[Term, ...]) -> int:
    """2 when the title is the query (its numbering aside), 1 when it holds every term, else 0."""
    title_words = [w for w in words(title) if not set(w) <= ROMAN_OR_NUMBER]
    if not all(any(_matches(w, (t,)) for w in title_words) for t in terms):
        return 0
    return 2 if all(_matches(w, terms) for w in title_words) else 1


def make_snippet(
    body: str, terms: tuple[Term, ...], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of `body` around its first match, on word boundaries, with the matches' spans."""
    flat = " ".join(body.split())
    first = next((m.start() for m in WORD.finditer(flat) if _matches(m[0], terms)), 0)
    start = 0
    if first > width // 3:
        start = flat.rfind(" ", 0, first - width // 3) + 1
    end = len(flat)
    if end - start > width:
        cut = flat.rfind(" ", start, start + width)
        end = cut if cut > start else start + width
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    marks = tuple((s + shift, e + shift) for s, e in match_spans(flat, terms, start, end))
    return prefix + flat[start:end] + suffix, marks


class SearchService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope
        self._index_checked = False

    def _ensure_index(self) -> None:
        """Once per service: rebuild indexes an older app folded differently (`jpoa search`
        may run on such a database before anything else has opened it)."""
        if self._index_checked:
            return
        from jpoa_desktop.services.indexes.versions import (
            refresh_if_stale,  # builds on this module
        )

        refresh_if_stale(self._scope)
        self._index_checked = True

    def search(self, query: str, lang: str, limit: int = 50) -> list[SearchHit]:
        """Ranked hits, one per item, shown in `lang` when the item matched in it.

        Only the first words of a long query are used (`query_words`); a query with no word
        at all (empty, spaces, punctuation) is refused: there is nothing to look for.
        """
        terms = tuple(term(w) for w in query_words(query).words)
        if not terms:
            raise ValidationError(NO_WORDS)
        self._ensure_index()
        with self._scope() as session:
            if session.get_bind().dialect.name == "postgresql":
                weights = [TITLE_WEIGHT, BODY_WEIGHT, FOLDED_WEIGHT]
                matches = match_server(session, terms, weights)
            else:
                matches = _match_fts(session, terms)
        # Per item, the language whose title matches best, the reader's on a tie (or a Cyrillic
        # text's, when the query was typed in Cyrillic); then items by that title match and by
        # score (a little lower in another language).
        cyrillic_query = any(is_cyrillic(t.typed) for t in terms)
        best: dict[int, tuple[int, bool, float, Match]] = {}
        for match in matches:
            own = match.entry.lang == lang or (cyrillic_query and is_cyrillic(match.entry.title))
            level = title_level(match.entry.title, terms)
            score = level * TITLE_LEVEL_SCORE + match.score * (
                1.0 if own else OTHER_LANGUAGE_PENALTY
            )
            ranked_match = (level, own, score, match)
            held = best.get(match.entry.item_id)
            if held is None or ranked_match[:3] > held[:3]:
                best[match.entry.item_id] = ranked_match
        order = sorted(best.values(), key=lambda r: (-r[2], r[3].entry.item_id))
        hits = []
        for _level, _own, score, match in order[:limit]:
            entry = match.entry
            snippet, marks = make_snippet(entry.body, terms)
            hits.append(
                SearchHit(
                    kind=entry.kind,
                    id=entry.item_id,
                    key=match.key,
                    title=entry.title,
                    snippet=snippet,
                    score=round(score, 6),
                    marks=marks,
                    title_marks=tuple(match_spans(entry.title, terms)),
                )
            )
        return hits


def _match_fts(session: Session, terms: tuple[Term, ...]) -> list[Match]:
    rows = session.execute(
        text(
            "SELECT f.item_id, f.lang, f.title, f.body, i.kind, i.key, "
            "bm25(library_fts, :tw, :bw, :fw) "
            "FROM library_fts AS f JOIN library_item AS i ON i.id = f.item_id "
            "WHERE library_fts MATCH :query"
        ),
        {
            "query": fts_query(terms),
            "tw": TITLE_WEIGHT,
            "bw": BODY_WEIGHT,
            "fw": FOLDED_WEIGHT,
        },
    )
    # bm25 is lower for better matches; turn it into a positive score.
    return [
        Match(IndexedText(int(item_id), kind, row_lang, title, body), key, -float(rank))
        for item_id, row_lang, title, body, kind, key, rank in rows
    ]
