"""Workshop branding: logos and signatures (stored as PNG or SVG bytes), accent colour, margins.

Revision ID: 0005_workshop_branding
Revises: 0004_signing_keys
Create Date: 2026-11-27 10:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_workshop_branding"
down_revision: str | None = "0004_signing_keys"
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
        "workshop_branding",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("accent", sa.String(length=7), nullable=True),
        sa.Column("margin_mm", sa.Float(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_branding_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_branding")),
        sa.UniqueConstraint("uuid", name=op.f("uq_workshop_branding_uuid")),
        sa.UniqueConstraint("workshop_id", name=op.f("uq_workshop_branding_workshop_id")),
    )
    op.create_table(
        "workshop_image",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),  # BLOB on SQLite, BYTEA on PostgreSQL
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_title", sa.String(length=200), nullable=False),
        *_tracked(),
        sa.CheckConstraint("kind IN ('logo', 'signature')", name=op.f("ck_workshop_image_kind")),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_image_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_image")),
        sa.UniqueConstraint("uuid", name=op.f("uq_workshop_image_uuid")),
    )
    with op.batch_alter_table("workshop_image", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_image_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("workshop_image", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_image_workshop_id"))
    op.drop_table("workshop_image")
    op.drop_table("workshop_branding")
