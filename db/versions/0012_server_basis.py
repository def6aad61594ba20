"""Several people on one server: a version and the last saver on every row, and the audit log's
table.

`row_version` lets a save say "someone changed this since you opened it" instead of writing over
it; `updated_by` says who. The audit log is filled by the server's triggers (a later revision);
on a laptop's SQLite file it stays empty.

Revision ID: 0012_server_basis
Revises: 0011_evaluations
Create Date: 2026-12-06 18:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_server_basis"
down_revision: str | None = "0011_evaluations"
branch_labels: str | None = None
depends_on: str | None = None

TRACKED_TABLES = (
    "agenda_session",
    "agenda_speaker",
    "attendance",
    "certificate_rule",
    "content_pack",
    "evaluation_form",
    "form_item",
    "form_sheet",
    "issued_certificate",
    "library_item",
    "library_text",
    "organisation",
    "person",
    "person_merge",
    "question",
    "registration",
    "signing_key",
    "strategy_budget",
    "strategy_comment",
    "strategy_draft",
    "strategy_indicator",
    "strategy_item",
    "strategy_mapping",
    "strategy_version",
    "workshop",
    "workshop_branding",
    "workshop_image",
    "workshop_tag",
)


def upgrade() -> None:
    for table in TRACKED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
            )
            batch_op.add_column(
                sa.Column("updated_by", sa.String(length=128), server_default="", nullable=False)
            )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("draft_id", sa.Integer(), nullable=True),
        sa.Column("workshop_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_workshop_id"), ["workshop_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_draft_id"))
    op.drop_table("audit_log")
    for table in reversed(TRACKED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")
            batch_op.drop_column("row_version")
