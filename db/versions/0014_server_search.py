"""Search on PostgreSQL: the library's tokens in a `tsvector`, the directory's words by prefix.

SQLite searches the library through its FTS5 table `library_fts` (revision 0001). A server gets
a plain table of the same name, filled by the same code (`services/indexes`) with the same
folded, spelled and stemmed words, plus the row's tokens as FTS5 cuts them in a `tsvector`
(title weighted A, body B, folded forms C; the `simple` way: the folding and stemming are ours)
under a GIN index, and how many there are (for FTS5's bm25). The app writes that `tsvector`
itself rather than having the server parse the texts: the server's parser and `unaccent` cut
and fold some words otherwise than FTS5 (`o’zbekiston`, `й` → `и`), and the search must find
on a server exactly what it finds on a laptop.

The directory's folded words (`person_word_index.word`) and keys (`person.sort_key`) are
compared as SQLite compares them, code point by code point: collation "C". Under a language's
collation (a server made with en_US, say) a range of strings is not a prefix (`{` may sort
before `z`) and people would be listed in another order than on a laptop.

The texts already on the server are indexed by the next search or start of the app: the
record of what built the indexes is dropped, so they count as stale.

Revision ID: 0014_server_search
Revises: 0013_audit_triggers
Create Date: 2026-12-06 18:30:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0014_server_search"
down_revision: str | None = "0013_audit_triggers"
branch_labels: str | None = None
depends_on: str | None = None

LIBRARY_TABLE = """
CREATE TABLE library_fts (
    rowid integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    folded text NOT NULL,
    item_id integer NOT NULL,
    lang varchar(8) NOT NULL,
    words tsvector NOT NULL,
    tokens integer NOT NULL
)
"""

LIBRARY_INDEX = "CREATE INDEX ix_library_fts_words ON library_fts USING gin (words)"
CODE_POINT_COLUMNS = (("person", "sort_key", 400), ("person_word_index", "word", 120))


def _collate(collation: str) -> None:
    for table, column, length in CODE_POINT_COLUMNS:
        kind = f'varchar({length}) COLLATE "{collation}"'
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE {kind}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(LIBRARY_TABLE)
    op.execute(LIBRARY_INDEX)
    _collate("C")
    op.execute("DELETE FROM content_pack WHERE name = 'search-index'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _collate("default")
    op.execute("DROP TABLE IF EXISTS library_fts")
