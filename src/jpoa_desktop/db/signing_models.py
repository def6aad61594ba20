"""The organisation's signing keys (Ed25519), made on first use.

A key signs what a printed handout must prove about itself, such as a certificate: anyone who
has the public key can check the signature offline. The private key never leaves the database
(and its backups); the public key is exported for those who verify.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpoa_desktop.db.models import Base, Tracked


class SigningKey(Tracked, Base):
    __tablename__ = "signing_key"

    purpose: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. "certificates"
    private_key: Mapped[str] = mapped_column(Text)  # the raw 32 bytes, base64
    public_key: Mapped[str] = mapped_column(String(64))  # the raw 32 bytes, base64
