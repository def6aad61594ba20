"""A workshop's branding rows (logos, signatures, accent, margins), read and copied with it.

The Handouts screen edits branding (`services/handouts/branding.py`); copying a workshop for next
year copies its branding too, so that step lives here, below both.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.branding_models import IMAGE_KINDS, WorkshopBranding, WorkshopImage
from jpoa_desktop.db.models import new_uuid


def branding_images(session: Session, workshop_id: int, kind: str) -> list[WorkshopImage]:
    return list(
        session.scalars(
            select(WorkshopImage)
            .where(WorkshopImage.workshop_id == workshop_id, WorkshopImage.kind == kind)
            .order_by(WorkshopImage.position, WorkshopImage.id)
        )
    )


def copy_branding(session: Session, source_id: int, target_id: int) -> None:
    """Give workshop `target_id` the branding of `source_id`: new rows (new uuids), same
    accent, margins, images and order. Runs inside the caller's transaction."""
    settings = session.scalar(
        select(WorkshopBranding).where(WorkshopBranding.workshop_id == source_id)
    )
    if settings is not None:
        session.add(
            WorkshopBranding(
                workshop_id=target_id, accent=settings.accent, margin_mm=settings.margin_mm
            )
        )
    for kind in IMAGE_KINDS:
        for row in branding_images(session, source_id, kind):
            session.add(
                WorkshopImage(
                    uuid=new_uuid(),
                    workshop_id=target_id,
                    kind=row.kind,
                    position=row.position,
                    filename=row.filename,
                    media_type=row.media_type,
                    data=row.data,
                    signer_name=row.signer_name,
                    signer_title=row.signer_title,
                )
            )
