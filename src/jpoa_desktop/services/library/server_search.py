"""The library's search on PostgreSQL: the same words as SQLite's FTS5, matched by a `tsquery`.

The server's `library_fts` holds the rows SQLite's FTS5 table holds, and a `tsvector` the
server computes from them (revision 0014): the title's words weighted A, the body's B, and
our folded, spelled and stemmed forms C. A query word matches as FTS5's `fts_query` lets it:
a prefix of a title or body word as typed (accents off, `unaccent`), a prefix of a folded form
as folded or spelled, or a folded form that is its stem. Every query word must match.
`ts_rank` weighs the matches with the FTS5 weights; the caller ranks the hits in Python, the
same for both databases.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpoa_desktop.services.indexes.library_index import IndexedText, Match
from jpoa_desktop.services.indexes.word_forms import Term

FOLDED = "C"  # the weight the migration gives the folded forms (the title A, the body B)


def rank_weights(title: float, body: float, folded: float) -> list[float]:
    """`ts_rank`'s weights, {D, C, B, A}, scaled to its range (at most 1) keeping proportions."""
    top = max(title, body, folded)
    return [0.0, folded / top, body / top, title / top]


def lexeme(value: str) -> str:
    """A `tsquery` operand: quoted, so that no word is read as an operator."""
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def typed_phrases(session: Session, typed: list[str]) -> list[str]:
    """Each typed word as the server's parser splits it (`o'zbekiston` is two words, as in
    FTS5), a phrase whose last word is a prefix; "" for a word the parser keeps nothing of."""
    rows = session.execute(
        text(
            "SELECT u.ord, t.lexeme, t.positions "
            "FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS u(word, ord), "
            "unnest(to_tsvector('simple'::regconfig, jpoa_unaccent(u.word))) AS t"
        ),
        {"words": typed},
    )
    placed: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for ordinal, word, positions in rows:
        placed[int(ordinal)].extend((int(p), str(word)) for p in positions)
    phrases = []
    for ordinal in range(1, len(typed) + 1):
        parts = sorted(placed[ordinal])
        if not parts:
            phrases.append("")
            continue
        phrase = lexeme(parts[0][1])
        for (before, _), (position, word) in itertools.pairwise(parts):
            phrase += f" <{position - before}> {lexeme(word)}"
        phrases.append(phrase + ":*")
    return phrases


def server_query(terms: tuple[Term, ...], phrases: list[str]) -> str:
    """`fts_query` as a `tsquery`: each term's alternatives OR-ed, the terms AND-ed."""
    groups = []
    for t, phrase in zip(terms, phrases, strict=True):
        alternatives = [f"( {phrase} )"] if phrase else []
        for prefix in dict.fromkeys(f for f in (t.folded, t.plain) if f):
            alternatives.append(f"{lexeme(prefix)}:*{FOLDED}")
        if t.stem and t.stem not in (t.folded, t.plain):
            alternatives.append(f"{lexeme(t.stem)}:{FOLDED}")
        groups.append("( " + " | ".join(alternatives) + " )")
    return " & ".join(groups)


def match_server(session: Session, terms: tuple[Term, ...], weights: list[float]) -> list[Match]:
    """Every indexed text that holds every term, with its `ts_rank` under `weights`."""
    query = server_query(terms, typed_phrases(session, [t.typed for t in terms]))
    rows = session.execute(
        text(
            "SELECT f.item_id, f.lang, f.title, f.body, i.kind, i.key, "
            "ts_rank(CAST(:weights AS float4[]), f.words, q.query) "
            "FROM library_fts AS f JOIN library_item AS i ON i.id = f.item_id, "
            "CAST(:query AS tsquery) AS q(query) "
            "WHERE f.words @@ q.query"
        ),
        {"query": query, "weights": weights},
    )
    return [
        Match(IndexedText(int(item_id), kind, row_lang, title, body), key, float(rank))
        for item_id, row_lang, title, body, kind, key, rank in rows
    ]
