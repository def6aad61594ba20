"""Signing keys out of the database: each private key moves to the user's own key file (the
config folder's `keys/`, owner-only) and leaves no trace in the file; the table keeps the public
key and gains the issuer's name. A copied database, or a backup made from now on, cannot sign.

The key folder is `config.attributes["key_folder"]` when the caller sets it, else the user's
config folder (`JPOA_CONFIG_DIR` overrides it). The VACUUM and WAL truncation that wipe the freed
pages run after the commit (`jpoa_desktop.db.key_scrub`): SQLite refuses VACUUM in a transaction.

Revision ID: 0008_signing_key_out
Revises: 0007_deadline_words
Create Date: 2026-12-06 07:40:00
"""

from __future__ import annotations

import base64
from pathlib import Path

import sqlalchemy as sa
from alembic import context, op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, DatabaseRefused
from jpoa_desktop.services.handouts.key_files import Issuer, KeyFolder

revision: str = "0008_signing_key_out"
down_revision: str | None = "0007_deadline_words"
branch_labels: str | None = None
depends_on: str | None = None


def _raw(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _move_keys_out(connection: sa.Connection) -> None:
    folder_setting = context.config.attributes.get("key_folder")
    folder = KeyFolder(Path(folder_setting) if folder_setting else None)
    rows = connection.execute(sa.text("SELECT private_key FROM signing_key")).all()
    for (private,) in rows:
        if not private:  # a backup already scrubbed, restored and upgraded again
            continue
        key = Ed25519PrivateKey.from_private_bytes(_raw(private))
        try:
            if not folder.has_private(key.public_key()):
                folder.save_private(key)
            folder.trust(Issuer("", key.public_key()))
        except OSError as error:
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The certificate signing key could not be moved to {folder} ({reason}); "
                    "the database was left unchanged.",
                ),
                folder=folder.keys,
                reason=error.strerror or error,
            ) from error


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA secure_delete=ON")  # freed bytes are zeroed
    _move_keys_out(connection)
    # Overwrite the values in place before the table is rebuilt without the column.
    connection.execute(sa.text("UPDATE signing_key SET private_key = ''"))
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.drop_column("private_key")
        batch_op.add_column(
            sa.Column("issuer", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    # The private keys stay in their key files: an older app sees an empty key and cannot sign.
    with op.batch_alter_table("signing_key", schema=None) as batch_op:
        batch_op.drop_column("issuer")
        batch_op.add_column(sa.Column("private_key", sa.Text(), nullable=False, server_default=""))
