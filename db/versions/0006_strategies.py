"""National strategies and action plans: drafts, goal/objective/measure items, indicators,
budget lines, pillar/area mapping, comments and named versions.

Revision ID: 0006_strategies
Revises: 0005_workshop_branding
Create Date: 2026-11-25 21:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006_strategies"
down_revision: str | None = "0005_workshop_branding"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "strategy_draft",
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("lead_agency", sa.String(length=300), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_draft")),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_draft_uuid")),
    )
    with op.batch_alter_table("strategy_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_draft_country"), ["country"], unique=False)

    op.create_table(
        "strategy_item",
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("origin_uuid", sa.String(length=36), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('goal', 'objective', 'measure')", name=op.f("ck_strategy_item_kind")
        ),
        sa.ForeignKeyConstraint(
            ["draft_id"],
            ["strategy_draft.id"],
            name=op.f("fk_strategy_item_draft_id_strategy_draft"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["strategy_item.id"],
            name=op.f("fk_strategy_item_parent_id_strategy_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_item_uuid")),
    )
    with op.batch_alter_table("strategy_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_item_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_strategy_item_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "strategy_version",
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"],
            ["strategy_draft.id"],
            name=op.f("fk_strategy_version_draft_id_strategy_draft"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_version")),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_version_uuid")),
    )
    with op.batch_alter_table("strategy_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategy_version_draft_id"), ["draft_id"], unique=False
        )

    op.create_table(
        "strategy_budget",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["strategy_item.id"],
            name=op.f("fk_strategy_budget_item_id_strategy_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_budget")),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_budget_uuid")),
    )
    with op.batch_alter_table("strategy_budget", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_budget_item_id"), ["item_id"], unique=False)

    op.create_table(
        "strategy_comment",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["strategy_item.id"],
            name=op.f("fk_strategy_comment_item_id_strategy_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_comment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_comment_uuid")),
    )
    with op.batch_alter_table("strategy_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_comment_item_id"), ["item_id"], unique=False)

    op.create_table(
        "strategy_indicator",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("baseline", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["strategy_item.id"],
            name=op.f("fk_strategy_indicator_item_id_strategy_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_indicator")),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_indicator_uuid")),
    )
    with op.batch_alter_table("strategy_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategy_indicator_item_id"), ["item_id"], unique=False
        )

    op.create_table(
        "strategy_mapping",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["strategy_item.id"],
            name=op.f("fk_strategy_mapping_item_id_strategy_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_mapping")),
        sa.UniqueConstraint("item_id", "item_key", name="uq_strategy_mapping_item"),
        sa.UniqueConstraint("uuid", name=op.f("uq_strategy_mapping_uuid")),
    )
    with op.batch_alter_table("strategy_mapping", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_strategy_mapping_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_strategy_mapping_item_key"), ["item_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("strategy_mapping", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_mapping_item_key"))
        batch_op.drop_index(batch_op.f("ix_strategy_mapping_item_id"))

    op.drop_table("strategy_mapping")
    with op.batch_alter_table("strategy_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_indicator_item_id"))

    op.drop_table("strategy_indicator")
    with op.batch_alter_table("strategy_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_comment_item_id"))

    op.drop_table("strategy_comment")
    with op.batch_alter_table("strategy_budget", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_budget_item_id"))

    op.drop_table("strategy_budget")
    with op.batch_alter_table("strategy_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_version_draft_id"))

    op.drop_table("strategy_version")
    with op.batch_alter_table("strategy_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_item_parent_id"))
        batch_op.drop_index(batch_op.f("ix_strategy_item_draft_id"))

    op.drop_table("strategy_item")
    with op.batch_alter_table("strategy_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_draft_country"))

    op.drop_table("strategy_draft")
