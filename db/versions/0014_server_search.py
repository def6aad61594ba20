"""Search on PostgreSQL.

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


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
