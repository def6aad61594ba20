"""Attendance marks taken back at the door, remembered by what names them on every laptop (the
registration's uuid, the day and the session) with the scans it held, so that a package from a
laptop that still holds such a mark does not bring it back (see
`services/exchange/taken_back.py`).

Revision ID: 0010_taken_back_marks
Revises: 0009_exchange
Create Date: 2026-12-06 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_taken_back_marks"
down_revision: str | None = "0009_exchange"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "taken_back_mark",
        sa.Column("registration_uuid", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("session_key", sa.String(length=36), nullable=False),
        sa.Column("taken_back_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scans", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(
            "registration_uuid", "day", "session_key", name=op.f("pk_taken_back_mark")
        ),
    )


def downgrade() -> None:
    op.drop_table("taken_back_mark")
