"""`fts_tokens` cuts and folds every text of the built-in library as FTS5 itself does: the
server's bm25 counts the tokens a laptop's FTS5 counts."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.indexes.fts_tokens import fts_tokens
from jpoa_desktop.services.library.content import ContentService

APP_TOKENIZER = "'unicode61 remove_diacritics 2'"  # as revision 0001 made library_fts
INSTANCE, IN_ORDER = "'instance'", "doc, col, offset"


def test_every_library_text_has_the_tokens_fts5_indexed(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'library_fts', 'instance')")
        indexed: dict[tuple[int, str], list[str]] = defaultdict(list)
        for row, column, term in conn.execute(
            "SELECT doc, col, term FROM v ORDER BY doc, col, offset"
        ):
            indexed[(row, column)].append(term)
        texts = conn.execute("SELECT rowid, title, body, folded FROM library_fts").fetchall()
    assert len(texts) > 300
    for row, *values in texts:
        for column, value in zip(("title", "body", "folded"), values, strict=True):
            assert list(fts_tokens(value)) == indexed[(row, column)], (row, column)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "Oʻzbekiston O’zbekiston O'zbekiston",
            ("oʻzbekiston", "o", "zbekiston", "o", "zbekiston"),
        ),
        ("Täçmyradow Йошкар-Ола", ("tacmyradow", "йошкар", "ола")),
        ("snake_case ½ İstanbul", ("snake", "case", "½", "istanbul")),
    ],
)
def test_words_are_cut_and_folded_as_fts5_does(text: str, tokens: tuple[str, ...]) -> None:
    with sqlite3.connect(":memory:") as conn:
        conn.execute(
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')"
        )
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        conn.execute("INSERT INTO t VALUES (?)", (text,))
        indexed = tuple(term for (term,) in conn.execute("SELECT term FROM v ORDER BY offset"))
    assert indexed == tokens
    assert fts_tokens(text) == tokens
