"""Agendas: sessions of a workshop's days, and the people speaking at them.

Revision ID: 0003_agenda
Revises: 0002_workshops
Create Date: 2026-11-25 17:27:40.271769
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_agenda"
down_revision: str | None = "0002_workshops"
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
        "agenda_session",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_agenda_session_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_session")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_session_uuid")),
    )
    with op.batch_alter_table("agenda_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_session_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "agenda_speaker",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_agenda_speaker_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["agenda_session.id"],
            name=op.f("fk_agenda_speaker_session_id_agenda_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_speaker")),
        sa.UniqueConstraint("session_id", "person_id", name="uq_agenda_speaker_person"),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_speaker_uuid")),
    )
    with op.batch_alter_table("agenda_speaker", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_speaker_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agenda_speaker_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_speaker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_speaker_session_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_speaker_person_id"))
    op.drop_table("agenda_speaker")
    with op.batch_alter_table("agenda_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_session_workshop_id"))
    op.drop_table("agenda_session")
