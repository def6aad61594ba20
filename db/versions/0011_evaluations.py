"""Closing the workshop cycle: the question bank, a workshop's forms (pre-test, post-test,
evaluation) with their items and each person's filled-in sheet, each workshop's certificate rule
and the register of certificates issued.

Revision ID: 0011_evaluations
Revises: 0010_taken_back_marks
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011_evaluations"
down_revision: str | None = "0010_taken_back_marks"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "question",
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("aspect", sa.String(length=32), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("correct", sa.String(length=16), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question")),
        sa.UniqueConstraint("uuid", name=op.f("uq_question_uuid")),
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_item_key"), ["item_key"], unique=False)

    op.create_table(
        "certificate_rule",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("min_attendance", sa.Float(), nullable=False),
        sa.Column("min_post_score", sa.Float(), nullable=True),
        sa.Column("wording", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_certificate_rule_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_rule")),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificate_rule_uuid")),
        sa.UniqueConstraint("workshop_id", name=op.f("uq_certificate_rule_workshop_id")),
    )
    op.create_table(
        "evaluation_form",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("shuffled", sa.Boolean(), nullable=False),
        sa.Column("per_session", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_evaluation_form_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_form")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evaluation_form_uuid")),
        sa.UniqueConstraint("workshop_id", "kind", name="uq_evaluation_form_kind"),
    )
    with op.batch_alter_table("evaluation_form", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_form_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "form_item",
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("session_key", sa.String(length=36), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["evaluation_form.id"],
            name=op.f("fk_form_item_form_id_evaluation_form"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["question.id"],
            name=op.f("fk_form_item_question_id_question"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_item")),
        sa.UniqueConstraint("form_id", "number", name="uq_form_item_number"),
        sa.UniqueConstraint("uuid", name=op.f("uq_form_item_uuid")),
    )
    with op.batch_alter_table("form_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_form_item_form_id"), ["form_id"], unique=False)

    op.create_table(
        "form_sheet",
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("satisfaction", sa.Float(), nullable=True),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["evaluation_form.id"],
            name=op.f("fk_form_sheet_form_id_evaluation_form"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_form_sheet_registration_id_registration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_sheet")),
        sa.UniqueConstraint("form_id", "registration_id", name="uq_form_sheet_person"),
        sa.UniqueConstraint("uuid", name=op.f("uq_form_sheet_uuid")),
    )
    with op.batch_alter_table("form_sheet", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_form_sheet_form_id"), ["form_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_form_sheet_registration_id"), ["registration_id"], unique=False
        )

    op.create_table(
        "issued_certificate",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("workshop_id", sa.Integer(), nullable=True),
        sa.Column("holder", sa.String(length=400), nullable=False),
        sa.Column("workshop_title", sa.Text(), nullable=False),
        sa.Column("wording", sa.String(length=16), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("last_printed_on", sa.Date(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_issued_certificate_registration_id_registration"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_issued_certificate_workshop_id_workshop"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_issued_certificate_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_issued_certificate_uuid")),
    )
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_certificate_registration_id"), ["registration_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issued_certificate_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_certificate_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_issued_certificate_registration_id"))

    op.drop_table("issued_certificate")
    with op.batch_alter_table("form_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_form_sheet_registration_id"))
        batch_op.drop_index(batch_op.f("ix_form_sheet_form_id"))

    op.drop_table("form_sheet")
    with op.batch_alter_table("form_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_form_item_form_id"))

    op.drop_table("form_item")
    with op.batch_alter_table("evaluation_form", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_form_workshop_id"))

    op.drop_table("evaluation_form")
    op.drop_table("certificate_rule")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_item_key"))

    op.drop_table("question")
