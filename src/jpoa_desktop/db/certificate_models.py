"""What certificates rest on: the organisation's signing keys, each workshop's rule for who earns
a certificate, and the register of certificates issued.

A key signs what a printed handout must prove about itself, such as a certificate: anyone who
has the public key can check the signature offline. Only the public half and the issuer's name
are stored here; the private half lives in the user's own key file (`key_files.py`), so a copy of
the database, or of its backups, cannot sign.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jpoa_desktop.db.models import Base, Tracked


class SigningKey(Tracked, Base):
    __tablename__ = "signing_key"

    purpose: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. "certificates"
    public_key: Mapped[str] = mapped_column(String(64))  # the raw 32 bytes, base64
    issuer: Mapped[str] = mapped_column(String(200), default="", server_default="")


class CertificateRule(Tracked, Base):
    """Who earns a workshop's certificate, and what it is called.

    `min_attendance` is the share of the workshop's days a holder was present (0–1).
    `min_post_score`, when set, is the post-test score (0–1) a holder must reach. `wording` is
    "participation" or "completion": a certificate of completion says the holder passed the
    post-test, so it asks for `min_post_score`.
    """

    __tablename__ = "certificate_rule"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), unique=True
    )
    min_attendance: Mapped[float] = mapped_column(Float, default=0.8)
    min_post_score: Mapped[float | None] = mapped_column(Float)
    wording: Mapped[str] = mapped_column(String(16), default="participation")


class IssuedCertificate(Tracked, Base):
    """One line of the register: a certificate as it was printed, kept when the people or the
    workshop behind it change later (the holder's name and the title are copied, not joined).

    Printing the same certificate again keeps its first line and moves `last_printed_on`.
    """

    __tablename__ = "issued_certificate"

    number: Mapped[str] = mapped_column(String(20), unique=True)  # "2026-1A2B3C4D"
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"), index=True
    )
    workshop_id: Mapped[int | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL"), index=True
    )
    holder: Mapped[str] = mapped_column(String(400))
    workshop_title: Mapped[str] = mapped_column(Text, default="")
    wording: Mapped[str] = mapped_column(String(16), default="participation")
    issued_on: Mapped[date] = mapped_column(Date)
    last_printed_on: Mapped[date] = mapped_column(Date)
    code: Mapped[str] = mapped_column(Text, default="")  # the signed code on the QR
