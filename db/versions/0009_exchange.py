"""Exchange between laptops: every scan behind an attendance mark (time and laptop), the digest
of each record as last exchanged (the common ancestor a merge compares both sides with), uuids
from other laptops that name a merged record here, and when a person's data was erased.

Existing marks get one scan each: their own time, from an unnamed laptop.

Revision ID: 0009_exchange
Revises: 0008_signing_key_out
Create Date: 2026-12-06 12:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009_exchange"
down_revision: str | None = "0008_signing_key_out"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scans", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "exchange_base",
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("record_uuid", name=op.f("pk_exchange_base")),
    )
    op.create_table(
        "exchange_alias",
        sa.Column("alias_uuid", sa.String(length=36), nullable=False),
        sa.Column("local_uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("alias_uuid", name=op.f("pk_exchange_alias")),
    )
    with op.batch_alter_table("exchange_alias", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_alias_local_uuid"), ["local_uuid"], unique=False
        )
    op.execute(
        "UPDATE attendance SET scans = json_array(json_object('at', "
        "replace(marked_at, ' ', 'T') || '+00:00', 'laptop', ''))"
        if op.get_bind().dialect.name == "sqlite"
        else "UPDATE attendance SET scans = json_build_array(json_build_object('at', "
        "to_char(marked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US+00:00'), "
        "'laptop', ''))"
    )


def downgrade() -> None:
    with op.batch_alter_table("exchange_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_alias_local_uuid"))
    op.drop_table("exchange_alias")
    op.drop_table("exchange_base")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("scans")
