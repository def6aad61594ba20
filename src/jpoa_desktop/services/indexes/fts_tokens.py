"""The tokens SQLite's FTS5 sees in a text (its `unicode61 remove_diacritics 2` tokenizer).

The server's search ranks its hits with FTS5's own bm25 (`library/server_rank.py`), so that a
team on PostgreSQL sees the library in the order a laptop does. bm25 counts tokens: how many a
row holds and how many of them a query's phrase matches. This reproduces how FTS5 cuts and
folds them: a token is a run of letters, digits and private-use characters (combining marks
join the run and are dropped); it is lower-cased, and a Latin letter loses its accents (`ç` →
`c`) while other scripts keep theirs (`й` stays `й`). A test checks it against FTS5's own
vocabulary over the whole built-in library.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TOKEN_CATEGORIES = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Co", "Mn"))


@lru_cache(maxsize=20_000)
def _folded_char(char: str) -> str:
    """One token character as FTS5 stores it: "" for a mark, a Latin letter unaccented."""
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    category = unicodedata.category(char)
    if category not in TOKEN_CATEGORIES:
        return " "
    if category == "Mn":
        return ""
    lower = char.lower()
    base = unicodedata.normalize("NFD", lower)
    if base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
        return base[0]
    return lower


@lru_cache(maxsize=50_000)
def fts_tokens(value: str) -> tuple[str, ...]:
    """The tokens of `value`, in order, as FTS5 indexes them."""
    return tuple("".join(_folded_char(c) for c in value).split())
