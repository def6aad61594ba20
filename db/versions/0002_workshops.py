"""Workshops and the people in them: organisations, people, registrations, attendance.

Revision ID: 0002_workshops
Revises: 0001_library
Create Date: 2026-11-25 15:50:27.892454
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002_workshops"
down_revision: str | None = "0001_library"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", "country", name="uq_organisation_name_country"),
        sa.UniqueConstraint("uuid", name=op.f("uq_organisation_uuid")),
    )
    op.create_table(
        "workshop",
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("organisers", sa.JSON(), nullable=False),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.Column("phase_key", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
        sa.UniqueConstraint("uuid", name=op.f("uq_workshop_uuid")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_workshop_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_workshop_status"), ["status"], unique=False)

    op.create_table(
        "person",
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_name", sa.String(length=120), nullable=False),
        sa.Column("patronymic", sa.String(length=120), nullable=False),
        sa.Column("latin_family_name", sa.String(length=120), nullable=False),
        sa.Column("latin_given_name", sa.String(length=120), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("consent_data", sa.Boolean(), nullable=False),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_uuid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_country"), ["country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "workshop_tag",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_tag_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_tag")),
        sa.UniqueConstraint("uuid", name=op.f("uq_workshop_tag_uuid")),
        sa.UniqueConstraint("workshop_id", "item_key", name="uq_workshop_tag_item"),
    )
    with op.batch_alter_table("workshop_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_tag_item_key"), ["item_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workshop_tag_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "person_word_index",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_word_index_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "word", name=op.f("pk_person_word_index")),
    )
    with op.batch_alter_table("person_word_index", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_word_index_word"), ["word"], unique=False)

    op.create_table(
        "person_merge",
        sa.Column("kept_person_id", sa.Integer(), nullable=False),
        sa.Column("dropped_person_id", sa.Integer(), nullable=False),
        sa.Column("undo", sa.JSON(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_person_id"],
            ["person.id"],
            name=op.f("fk_person_merge_kept_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merge")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_merge_uuid")),
    )
    with op.batch_alter_table("person_merge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_merge_kept_person_id"), ["kept_person_id"], unique=False
        )

    op.create_table(
        "registration",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("badge_code", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_registration_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_registration_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("badge_code", name=op.f("uq_registration_badge_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_registration_uuid")),
        sa.UniqueConstraint("workshop_id", "person_id", name="uq_registration_person"),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registration_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_registration_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("session_key", sa.String(length=36), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_attendance_registration_id_registration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("registration_id", "day", "session_key", name="uq_attendance_mark"),
        sa.UniqueConstraint("uuid", name=op.f("uq_attendance_uuid")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_registration_id"), ["registration_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_registration_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_registration_person_id"))

    op.drop_table("registration")
    with op.batch_alter_table("person_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_merge_kept_person_id"))

    op.drop_table("person_merge")
    with op.batch_alter_table("person_word_index", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_word_index_word"))

    op.drop_table("person_word_index")
    with op.batch_alter_table("workshop_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_tag_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_tag_item_key"))

    op.drop_table("workshop_tag")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_sort_key"))
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_person_country"))

    op.drop_table("person")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_status"))
        batch_op.drop_index(batch_op.f("ix_workshop_start_date"))
        batch_op.drop_index(batch_op.f("ix_workshop_country"))

    op.drop_table("workshop")
    op.drop_table("organisation")
