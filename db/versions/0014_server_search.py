"""Search on PostgreSQL: the library's words in a `tsvector`, the directory's by prefix.

SQLite searches the library through its FTS5 table `library_fts` (revision 0001). A server gets a
plain table of the same name and columns, filled by the same code (`services/indexes`) with the
same folded, spelled and stemmed words, so both databases look for the very same words. Its
`words` column is PostgreSQL's own `tsvector`, computed by the server from those columns: the
`simple` configuration (the stemming is ours, in `folded`) over the texts with their accents
taken off by `unaccent`, weighted title A, body B, folded forms C, with a GIN index. A trigram
index on the folded forms serves a query word's cross-script prefix looked for with LIKE.

The directory's `person_word_index` is looked up by prefix; on a server whose collation is not
"C" a range of strings is not a prefix, so the server looks it up with LIKE, served by a
pattern index (any prefix length) and a trigram index.

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

# `unaccent` is only STABLE (its dictionary could change), which a generated column refuses;
# pinning the dictionary makes the call IMMUTABLE, as PostgreSQL's documentation suggests.
UNACCENT_FUNCTION = (
    "CREATE FUNCTION jpoa_unaccent(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
    "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$"
)

LIBRARY_TABLE = """
CREATE TABLE library_fts (
    rowid integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    folded text NOT NULL,
    item_id integer NOT NULL,
    lang varchar(8) NOT NULL,
    words tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, jpoa_unaccent(title)), 'A')
        || setweight(to_tsvector('simple'::regconfig, jpoa_unaccent(body)), 'B')
        || setweight(to_tsvector('simple'::regconfig, folded), 'C')
    ) STORED
)
"""

INDEXES = (
    "CREATE INDEX ix_library_fts_words ON library_fts USING gin (words)",
    "CREATE INDEX ix_library_fts_folded_trgm ON library_fts USING gin (folded gin_trgm_ops)",
    "CREATE INDEX ix_person_word_index_word_pattern "
    "ON person_word_index (word varchar_pattern_ops)",
    "CREATE INDEX ix_person_word_index_word_trgm "
    "ON person_word_index USING gin (word gin_trgm_ops)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(UNACCENT_FUNCTION)
    op.execute(LIBRARY_TABLE)
    for statement in INDEXES:
        op.execute(statement)
    # The library's texts are already on the server: index them now, as the first search
    # would otherwise find nothing until the library is loaded again.
    op.execute("DELETE FROM content_pack WHERE name = 'search-index'")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_person_word_index_word_trgm")
    op.execute("DROP INDEX IF EXISTS ix_person_word_index_word_pattern")
    op.execute("DROP TABLE IF EXISTS library_fts")
    op.execute("DROP FUNCTION IF EXISTS jpoa_unaccent(text)")
