"""What a library query looks for, once for both databases: per query word, its phrases.

Every query word must match, by any of its phrases: as typed (a prefix, in any column), as
folded or spelled (a prefix of a folded form), or by its stem (a folded form that is the stem).
SQLite's FTS5 query (`search.fts_query`), the server's `tsquery` (`server_search`) and the
server's bm25 (`server_rank`) are all written from this one list, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jpoa_desktop.services.indexes.fts_tokens import fts_tokens
from jpoa_desktop.services.indexes.word_forms import Term


@dataclass(frozen=True)
class Phrase:
    """One FTS5 phrase: its text (FTS5 cuts it into `tokens`), whether its last token is a
    prefix, and whether it is looked for in the folded forms only."""

    text: str
    prefix: bool
    folded_only: bool

    @property
    def tokens(self) -> tuple[str, ...]:
        return fts_tokens(self.text)


def term_phrases(t: Term) -> list[Phrase]:
    """One query word's phrases, in the order FTS5's query names them."""
    phrases = [Phrase(t.typed, prefix=True, folded_only=False)]
    for prefix in dict.fromkeys(f for f in (t.folded, t.plain) if f):
        phrases.append(Phrase(prefix, prefix=True, folded_only=True))
    if t.stem and t.stem not in (t.folded, t.plain):
        phrases.append(Phrase(t.stem, prefix=False, folded_only=True))
    return phrases


def query_phrases(terms: Sequence[Term]) -> list[list[Phrase]]:
    """Per query word, its phrases (the word matches when any of them does)."""
    return [term_phrases(t) for t in terms]
