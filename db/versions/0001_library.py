"""The JPoA library: content packs, items, their texts in any language, and the search index.

Revision ID: 0001_library
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001_library"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "content_pack",
        *_tracked(),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_pack")),
        sa.UniqueConstraint("name", name=op.f("uq_content_pack_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_content_pack_uuid")),
    )
    op.create_table(
        "library_item",
        *_tracked(),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("pack", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["library_item.id"],
            name=op.f("fk_library_item_parent_id_library_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_item")),
        sa.UniqueConstraint("key", name=op.f("uq_library_item_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_library_item_uuid")),
    )
    with op.batch_alter_table("library_item") as batch:
        batch.create_index(batch.f("ix_library_item_kind"), ["kind"])
        batch.create_index(batch.f("ix_library_item_pack"), ["pack"])
        batch.create_index(batch.f("ix_library_item_parent_id"), ["parent_id"])
    op.create_table(
        "library_text",
        *_tracked(),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["library_item.id"],
            name=op.f("fk_library_text_item_id_library_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_text")),
        sa.UniqueConstraint("item_id", "lang", "field", name="uq_library_text_item"),
        sa.UniqueConstraint("uuid", name=op.f("uq_library_text_uuid")),
    )
    with op.batch_alter_table("library_text") as batch:
        batch.create_index(batch.f("ix_library_text_item_id"), ["item_id"])

    if op.get_bind().dialect.name == "sqlite":
        # One row per item and language; `folded` holds a Latin transliteration so that a
        # query typed in one script finds text written in the other.
        op.execute(
            "CREATE VIRTUAL TABLE library_fts USING fts5("
            "title, body, folded, item_id UNINDEXED, lang UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS library_fts")
    op.drop_table("library_text")
    op.drop_table("library_item")
    op.drop_table("content_pack")
