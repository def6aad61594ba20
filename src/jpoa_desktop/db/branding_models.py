"""A workshop's branding: organisers' logos, signatures for certificates, accent colour, margins.

Images are stored in the database (not as paths) so that a backup, a copied workshop or an
undone delete carries them along, and a handout never depends on a file that was moved. Each
is at most a few megabytes; `services/branding.py` checks them before they are written.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from jpoa_desktop.db.models import Base, Tracked

IMAGE_KINDS = ("logo", "signature")
MEDIA_TYPES = ("image/png", "image/svg+xml")


class WorkshopBranding(Tracked, Base):
    """The workshop's own accent colour and page margins; NULL means "the default"."""

    __tablename__ = "workshop_branding"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), unique=True
    )
    accent: Mapped[str | None] = mapped_column(String(7))  # "#1f5f99"
    margin_mm: Mapped[float | None] = mapped_column(Float)


class WorkshopImage(Tracked, Base):
    """A logo or a signature, in the order the trainer gave them (`position` within a kind)."""

    __tablename__ = "workshop_image"
    __table_args__ = (CheckConstraint("kind IN ('logo', 'signature')", name="kind"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
