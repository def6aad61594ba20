"""A workshop's branding: the organisers' logos, the signatures on its certificates, its accent
colour and its page margins.

The GUI's Handouts screen and `jpoa branding` both use `BrandingService`. Every call is one
transaction; a file that is not a sound PNG or a safe SVG is refused with a `ValidationError`
before anything is written. `remove_image` hands back what `restore_image` needs to undo it.
Handouts read it all through `branding()`, as plain frozen dataclasses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, cast

from reportlab.lib.colors import Color, HexColor
from sqlalchemy import CursorResult, insert, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.branding_models import IMAGE_KINDS, WorkshopBranding, WorkshopImage
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import workshop_or_error
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError, unreadable
from jpoa_desktop.handouts.common.image_files import check_image, check_size
from jpoa_desktop.handouts.common.images import BrandImage
from jpoa_desktop.handouts.common.page import ACCENT, PageOptions
from jpoa_desktop.model.text_input import clean_line
from jpoa_desktop.services.workshops.branding_rows import branding_images as _images

MIN_MARGIN_MM, MAX_MARGIN_MM = 5.0, 40.0
MAX_IMAGES = {"logo": 8, "signature": 4}  # more would not fit a certificate legibly
MAX_TEXT = 200  # a signer's name or title
ACCENT_PATTERN = re.compile(r"^#[0-9a-f]{6}$")


class Keep(Enum):
    """`update_style`'s "leave this one as it is"."""

    KEEP = "keep"


KEEP = Keep.KEEP

__all__ = [
    "KEEP",
    "MAX_IMAGES",
    "MAX_MARGIN_MM",
    "MIN_MARGIN_MM",
    "BrandImage",
    "Branding",
    "BrandingService",
    "Keep",
    "RemovedImage",
]


@dataclass(frozen=True)
class Branding:
    """What a workshop's handouts look like; None means the app's default."""

    workshop_id: int
    accent: str | None = None  # "#1f5f99"
    margin_mm: float | None = None
    logos: tuple[BrandImage, ...] = ()  # in the order they print, left to right
    signatures: tuple[BrandImage, ...] = ()

    def accent_colour(self) -> Color:
        return HexColor(self.accent) if self.accent else ACCENT

    def page_options(self, paper: str = "a4", landscape: bool = False) -> PageOptions:
        """Page options for a flowing handout (agenda, lists, sign-in, factsheet)."""
        defaults = PageOptions()
        margin = defaults.margin_mm if self.margin_mm is None else self.margin_mm
        return PageOptions(paper, landscape, margin, self.accent_colour())


@dataclass(frozen=True)
class RemovedImage:
    """What `remove_image` took away, column by column (uuid and times kept), for undo."""

    row: dict[str, Any] = field(repr=False)

    @property
    def workshop_id(self) -> int:
        return int(self.row["workshop_id"])


def _view(row: WorkshopImage) -> BrandImage:
    return BrandImage(
        media_type=row.media_type,
        data=row.data,
        filename=row.filename,
        signer_name=row.signer_name,
        signer_title=row.signer_title,
        kind=row.kind,
        id=row.id,
        position=row.position,
    )


def _renumber(rows: list[WorkshopImage]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _image_or_error(session: Session, image_id: int) -> WorkshopImage:
    row = session.get(WorkshopImage, image_id)
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no logo or signature with id {id}."),
            id=image_id,
        )
    return row


def _signer_text(name: str, title: str, kind: str) -> tuple[str, str]:
    name, title = " ".join(clean_line(name).split()), " ".join(clean_line(title).split())
    if kind == "signature" and not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A signature needs the name of the person who signs.")
        )
    for text in (name, title):
        if len(text) > MAX_TEXT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is too long: at most {limit} characters."),
                value=text[:40] + "…",
                limit=MAX_TEXT,
            )
    return name, title


def _read(source: Path | bytes, filename: str) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, filename or "image"
    name = filename or source.name
    try:
        check_size(source.stat().st_size, name)  # refuse before reading gigabytes
        return source.read_bytes(), name
    except OSError as exc:
        raise unreadable(name, exc) from exc


def _settings(session: Session, workshop_id: int) -> WorkshopBranding:
    workshop_or_error(session, workshop_id)
    row = session.scalar(
        select(WorkshopBranding).where(WorkshopBranding.workshop_id == workshop_id)
    )
    if row is None:
        row = WorkshopBranding(workshop_id=workshop_id)
        session.add(row)
    return row


class BrandingService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def branding(self, workshop_id: int) -> Branding:
        """Everything the workshop's handouts need: accent, margins, logos and signatures in
        their order, the image bytes included."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            settings = session.scalar(
                select(WorkshopBranding).where(WorkshopBranding.workshop_id == workshop_id)
            )
            return Branding(
                workshop_id=workshop_id,
                accent=settings.accent if settings else None,
                margin_mm=settings.margin_mm if settings else None,
                logos=tuple(_view(r) for r in _images(session, workshop_id, "logo")),
                signatures=tuple(_view(r) for r in _images(session, workshop_id, "signature")),
            )

    def image(self, image_id: int) -> BrandImage:
        with self._scope() as session:
            return _view(_image_or_error(session, image_id))

    def add_image(
        self,
        workshop_id: int,
        kind: str,
        source: Path | bytes,
        filename: str = "",
        signer_name: str = "",
        signer_title: str = "",
    ) -> int:
        """Add a logo or a signature at the end of its row; return its id. `source` is a file
        or its bytes (then `filename` names it in messages). A signature needs `signer_name`.
        The file is read and checked in full first: PNG or SVG, at most 5 MB, decodable,
        no external references; a refused file leaves the database as it was."""
        if kind not in IMAGE_KINDS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of image ({choices})."),
                value=kind,
                choices=", ".join(IMAGE_KINDS),
            )
        name, title = _signer_text(signer_name, signer_title, kind)
        data, filename = _read(source, filename)
        media_type = check_image(data, filename)
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            rows = _images(session, workshop_id, kind)
            if len(rows) >= MAX_IMAGES[kind]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A workshop can have at most {limit} logos.")
                    if kind == "logo"
                    else QT_TRANSLATE_NOOP(
                        "Errors", "A workshop can have at most {limit} signatures."
                    ),
                    limit=MAX_IMAGES[kind],
                )
            row = WorkshopImage(
                workshop_id=workshop_id,
                kind=kind,
                position=len(rows),
                filename=filename[:255],
                media_type=media_type,
                data=data,
                signer_name=name if kind == "signature" else "",
                signer_title=title if kind == "signature" else "",
            )
            session.add(row)
            session.flush()
            return row.id

    def remove_image(self, image_id: int) -> RemovedImage:
        """Remove a logo or signature (the ones after it move up); keep it for `restore_image`."""
        with self._scope() as session:
            row = _image_or_error(session, image_id)
            kept = RemovedImage(
                {c.name: getattr(row, c.key) for c in WorkshopImage.__table__.columns}
            )
            rows = [r for r in _images(session, row.workshop_id, row.kind) if r.id != row.id]
            session.delete(row)
            session.flush()
            _renumber(rows)
            return kept

    def restore_image(self, removed: RemovedImage) -> int:
        """Undo `remove_image`: the same image (uuid, times, place in the row) comes back."""
        row = dict(removed.row)
        with self._scope() as session:
            same = select(WorkshopImage.id).where(WorkshopImage.uuid == row["uuid"])
            if session.scalar(same) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The removed image is already back; there is nothing to undo."
                    )
                )
            workshop_or_error(session, removed.workshop_id)
            rows = _images(session, removed.workshop_id, row["kind"])
            position = max(0, min(int(row["position"]), len(rows)))
            if session.get(WorkshopImage, row["id"]) is not None:
                del row["id"]  # the id was handed out again meanwhile: a fresh one
            result = session.execute(insert(WorkshopImage).values(**{**row, "position": position}))
            key = cast(CursorResult[Any], result).inserted_primary_key
            assert key is not None  # an INSERT of one row always has one
            image_id = int(key[0])
            restored = session.get(WorkshopImage, image_id)
            assert restored is not None  # just inserted
            _renumber([*rows[:position], restored, *rows[position:]])
            return image_id

    def move_image(self, image_id: int, new_position: int) -> None:
        """Put a logo or signature at `new_position` (0 first) in its row; the others close
        up. A position past either end means the first or the last place."""
        with self._scope() as session:
            row = _image_or_error(session, image_id)
            rows = [r for r in _images(session, row.workshop_id, row.kind) if r.id != row.id]
            rows.insert(max(0, min(new_position, len(rows))), row)
            _renumber(rows)

    def update_signer(self, image_id: int, name: str, title: str) -> None:
        """Change who a signature says signed it (name required, title may be empty)."""
        with self._scope() as session:
            row = _image_or_error(session, image_id)
            if row.kind != "signature":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Only a signature has a signer's name and title.")
                )
            row.signer_name, row.signer_title = _signer_text(name, title, row.kind)

    def set_accent(self, workshop_id: int, accent: str | None) -> None:
        """The colour of titles, headings and frames, as #rrggbb; None for the default."""
        self.update_style(workshop_id, accent=accent)

    def set_margin(self, workshop_id: int, margin_mm: float | None) -> None:
        """The margins of the flowing handouts in mm (5 to 40); None for the default."""
        self.update_style(workshop_id, margin_mm=margin_mm)

    def update_style(
        self,
        workshop_id: int,
        accent: str | Keep | None = KEEP,
        margin_mm: float | Keep | None = KEEP,
    ) -> None:
        """Set the accent and/or the margins together: both are checked before either is
        written, in one transaction. `KEEP` leaves one as it is; None means the default."""
        if not isinstance(accent, Keep):
            accent = check_accent(accent)
        if not isinstance(margin_mm, Keep):
            margin_mm = check_margin(margin_mm)
        with self._scope() as session:
            settings = _settings(session, workshop_id)
            if not isinstance(accent, Keep):
                settings.accent = accent
            if not isinstance(margin_mm, Keep):
                settings.margin_mm = margin_mm


def check_accent(accent: str | None) -> str | None:
    """ "#1F5F99 " → "#1f5f99"; anything but #rrggbb is refused; None stays None."""
    value = None if accent is None else accent.strip().lower()
    if value is not None and not ACCENT_PATTERN.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a colour like #1f5f99."),
            value=accent,
        )
    return value


def check_margin(margin_mm: float | None) -> float | None:
    """Margins from 5 to 40 mm; None stays None."""
    if margin_mm is not None and not (
        math.isfinite(margin_mm) and MIN_MARGIN_MM <= margin_mm <= MAX_MARGIN_MM
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Margins must be between {low} and {high} mm, not {value}."
            ),
            low=f"{MIN_MARGIN_MM:g}",
            high=f"{MAX_MARGIN_MM:g}",
            value=f"{margin_mm:g}",
        )
    return None if margin_mm is None else float(margin_mm)
