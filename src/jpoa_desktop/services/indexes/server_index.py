"""The server's copy of the library's search index: FTS5's tokens in a PostgreSQL `tsvector`.

Each row of the server's `library_fts` (revision 0014) holds what SQLite's FTS5 row holds, plus
its tokens as FTS5 cuts them (`fts_tokens`) written as a `tsvector`: the title's weighted A,
the body's B, the folded forms' C, numbered in one run as FTS5 numbers them. The tokens are
given to the server as they are, not parsed again by its own parser (which cuts `o’zbekiston`
and folds `й` otherwise), so a `tsquery` finds exactly the rows FTS5's query finds.

PostgreSQL keeps at most 256 places of one token in a row, and none past 16,383: a phrase (a
word FTS5 cuts in two, such as `UN's`) standing after those in a very long text would not be
found there. The library's longest text has under a thousand tokens.
"""

from __future__ import annotations

from collections import defaultdict

from jpoa_desktop.services.indexes.fts_tokens import fts_tokens

TITLE, BODY, FOLDED = "A", "B", "C"  # a column's weight in the `tsvector` and in queries
MAX_POSITION = 16_383  # PostgreSQL's last position: later words keep it


def lexeme(token: str) -> str:
    """A token quoted for a `tsvector` or `tsquery`: nothing in it is read as syntax."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def vector_text(title: str, body: str, folded: str) -> tuple[str, int]:
    """The row's `tsvector` in PostgreSQL's text form, and how many tokens FTS5 counts in it."""
    places: dict[str, list[str]] = defaultdict(list)
    position = 0
    for value, weight in ((title, TITLE), (body, BODY), (folded, FOLDED)):
        for token in fts_tokens(value):
            position += 1
            places[token].append(f"{min(position, MAX_POSITION)}{weight}")
    text = " ".join(f"{lexeme(token)}:{','.join(at)}" for token, at in places.items())
    return text, position
