"""The organisation's signing keys (Ed25519): only their public halves and the issuer's name.

A key signs what a printed handout must prove about itself, such as a certificate: anyone who
has the public key can check the signature offline. The private half is never stored here but in
the user's own key file (`key_files.py`): a copy of the database, or of its backups, cannot sign.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from jpoa_desktop.db.models import Base, Tracked


class SigningKey(Tracked, Base):
    __tablename__ = "signing_key"

    purpose: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. "certificates"
    public_key: Mapped[str] = mapped_column(String(64))  # the raw 32 bytes, base64
    issuer: Mapped[str] = mapped_column(String(200), default="", server_default="")
