"""The library's search on PostgreSQL: FTS5's query as a `tsquery`, ranked by FTS5's bm25.

The server's `library_fts` holds the rows SQLite's FTS5 table holds, with their tokens (as FTS5
cuts them) in a `tsvector` (`indexes/server_index`). The query's phrases (`query_phrases`)
become one `tsquery`: the phrases of a query word OR-ed, the words AND-ed, a phrase of folded
forms held to their weight (C). Its GIN index finds the rows; `server_rank` scores them with the
formula FTS5 uses, so the caller's ranking is the same on both databases.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpoa_desktop.services.indexes.library_index import IndexedText, Match
from jpoa_desktop.services.indexes.server_index import FOLDED, lexeme
from jpoa_desktop.services.indexes.word_forms import Term
from jpoa_desktop.services.library.query_phrases import Phrase, query_phrases
from jpoa_desktop.services.library.server_rank import Corpus, bm25, inverse_frequency


def phrase_query(phrase: Phrase) -> str:
    """One phrase as a `tsquery`: its tokens in a row, the last maybe a prefix."""
    held = FOLDED if phrase.folded_only else ""
    parts = [f"{lexeme(token)}:{held}" if held else lexeme(token) for token in phrase.tokens]
    if phrase.prefix:
        parts[-1] = f"{lexeme(phrase.tokens[-1])}:*{held}"
    return " <-> ".join(parts)


def server_query(groups: Sequence[Sequence[Phrase]]) -> str:
    """FTS5's query as a `tsquery`: every query word, by any of its phrases."""
    return " & ".join(
        "( " + " | ".join(f"( {phrase_query(p)} )" for p in phrases) + " )" for phrases in groups
    )


def corpus(session: Session, phrases: Sequence[Phrase]) -> Corpus:
    """The index's average row length and each phrase's idf, in one pass over the index."""
    counts = ", ".join(
        f"count(*) FILTER (WHERE words @@ CAST(:p{i} AS tsquery))" for i in range(len(phrases))
    )
    row = session.execute(
        text(f"SELECT count(*), coalesce(sum(tokens), 0), {counts} FROM library_fts"),
        {f"p{i}": phrase_query(p) for i, p in enumerate(phrases)},
    ).one()
    rows, tokens, *with_phrase = (int(v) for v in row)
    return Corpus(
        average_length=tokens / rows if rows else 1.0,
        idf=tuple(inverse_frequency(rows, n) for n in with_phrase),
    )


def match_server(session: Session, terms: tuple[Term, ...], weights: list[float]) -> list[Match]:
    """Every indexed text that holds every term, with its bm25 under `weights` (title, body,
    folded forms)."""
    groups = [[p for p in phrases if p.tokens] for phrases in query_phrases(terms)]
    if not all(groups):
        return []  # a word FTS5 keeps no token of matches nothing there either
    rows = session.execute(
        text(
            "SELECT f.item_id, f.lang, f.title, f.body, f.folded, i.kind, i.key "
            "FROM library_fts AS f JOIN library_item AS i ON i.id = f.item_id "
            "WHERE f.words @@ CAST(:query AS tsquery)"
        ),
        {"query": server_query(groups)},
    ).all()
    if not rows:
        return []
    phrases = [p for group in groups for p in group]
    known = corpus(session, phrases)
    return [
        Match(
            IndexedText(int(item_id), kind, row_lang, title, body),
            key,
            bm25((title, body, folded), weights, phrases, known),
        )
        for item_id, row_lang, title, body, folded, kind, key in rows
    ]
