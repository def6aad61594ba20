"""Action-plan deadlines as officials wrote them ("IV квартал 2026 г.", "ежегодно"), kept beside
the start and end dates derived from them, so exports print the words back.

Revision ID: 0007_deadline_words
Revises: 0006_strategies
Create Date: 2026-12-06 07:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007_deadline_words"
down_revision: str | None = "0006_strategies"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("strategy_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("deadline_text", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("strategy_item", schema=None) as batch_op:
        batch_op.drop_column("deadline_text")
