"""Signing keys: the organisation's Ed25519 key that signs certificates.

Revision ID: 0004_signing_keys
Revises: 0003_agenda
Create Date: 2026-11-25 19:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_signing_keys"
down_revision: str | None = "0003_agenda"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "signing_key",
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("private_key", sa.Text(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key")),
        sa.UniqueConstraint("purpose", name=op.f("uq_signing_key_purpose")),
        sa.UniqueConstraint("uuid", name=op.f("uq_signing_key_uuid")),
    )


def downgrade() -> None:
    op.drop_table("signing_key")
