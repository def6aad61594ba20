"""Search on PostgreSQL: the library's tokens in a `tsvector`, the directory's words by prefix.

SQLite searches the library through its FTS5 table `library_fts` (revision 0001). A server gets
a plain table of the same name, filled by the same code (`services/indexes`) with the same
folded, spelled and stemmed words, plus the row's tokens as FTS5 cuts them in a `tsvector`
(title weighted A, body B, folded forms C; the `simple` way: the folding and stemming are ours)
under a GIN index, and how many there are (for FTS5's bm25). The app writes that `tsvector`
itself rather than having the server parse the texts: the server's parser and `unaccent` cut
and fold some words otherwise than FTS5 (`o’zbekiston`, `й` → `и`), and the search must find
on a server exactly what it finds on a laptop.

The directory's `person_word_index` is looked up by prefix. On a server whose collation is not
"C" a range of strings is not a prefix, so the server looks the words up with LIKE, which a
`varchar_pattern_ops` index serves for a prefix of any length.

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

INDEXES = (
    "CREATE INDEX ix_library_fts_words ON library_fts USING gin (words)",
    "CREATE INDEX ix_person_word_index_word_pattern "
    "ON person_word_index (word varchar_pattern_ops)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(LIBRARY_TABLE)
    for statement in INDEXES:
        op.execute(statement)
    op.execute("DELETE FROM content_pack WHERE name = 'search-index'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_person_word_index_word_pattern")
    op.execute("DROP TABLE IF EXISTS library_fts")
