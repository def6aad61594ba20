"""FTS5's bm25, computed for the server's hits, so that both databases rank alike.

SQLite ranks a library hit with `bm25(library_fts, 10, 1, 0.5)`. PostgreSQL's `ts_rank` is
another formula, and a team on a server would see the same hits in another order. So the
server's hits are scored here with FTS5's formula (sqlite's fts5_aux.c), from the same tokens
(`fts_tokens`) and counts FTS5 uses: for each phrase of the query, its weighted count of
occurrences in the row, the phrase's inverse document frequency over all rows, and the row's
length against the average; the same sums, in the same order, give the same doubles.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from jpoa_desktop.services.indexes.fts_tokens import fts_tokens
from jpoa_desktop.services.library.query_phrases import Phrase

K1, B = 1.2, 0.75  # FTS5's constants
SMALLEST_IDF = 1e-6  # FTS5's floor for a phrase in more than half of the rows


def inverse_frequency(rows: int, rows_with_phrase: int) -> float:
    """How rare the phrase is, as FTS5 weighs it."""
    idf = math.log((rows - rows_with_phrase + 0.5) / (rows_with_phrase + 0.5))
    return idf if idf > 0.0 else SMALLEST_IDF


def occurrences(tokens: Sequence[str], phrase: Phrase) -> int:
    """How many times the phrase stands in the tokens (its last token maybe a prefix)."""
    wanted = phrase.tokens
    if not wanted:
        return 0
    *whole, last = wanted
    size = len(wanted)
    count = 0
    for at in range(len(tokens) - size + 1):
        end = tokens[at + size - 1]
        if (end.startswith(last) if phrase.prefix else end == last) and (
            list(tokens[at : at + size - 1]) == whole
        ):
            count += 1
    return count


@dataclass(frozen=True)
class Corpus:
    """What bm25 needs from the whole index: its rows, their average length, each phrase's idf."""

    average_length: float
    idf: tuple[float, ...]


def bm25(
    columns: Sequence[str], weights: Sequence[float], phrases: Sequence[Phrase], corpus: Corpus
) -> float:
    """The row's score (higher is better: FTS5 returns it negated) from its columns' texts,
    given in the index's column order (the folded forms last), with their weights."""
    cut = [fts_tokens(value) for value in columns]
    length = float(sum(len(tokens) for tokens in cut))
    score = 0.0
    for phrase, idf in zip(phrases, corpus.idf, strict=True):
        searched = cut[-1:] if phrase.folded_only else cut
        weighted = weights[-1:] if phrase.folded_only else weights
        frequency = 0.0
        for tokens, weight in zip(searched, weighted, strict=True):
            frequency += weight * occurrences(tokens, phrase)
        score += idf * (
            (frequency * (K1 + 1.0))
            / (frequency + K1 * (1 - B + B * length / corpus.average_length))
        )
    return score
