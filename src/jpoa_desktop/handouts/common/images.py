"""Drawing logos and signatures into handouts: fitted into a box with their proportions kept.

Each file is decoded once per build and placed as a PDF form XObject: drawn once, then named on
every page that shows it. 500 certificates carry the logo's pixels (or vector paths) once and
refer to them 500 times, instead of decoding, hashing and compressing the picture per page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jpoa_desktop.handouts.common.image_files import PNG, open_png, svg_drawing

if TYPE_CHECKING:
    from PIL import Image

Align = Literal["left", "centre", "right"]
VAlign = Literal["bottom", "middle"]
MAX_SIDE_PX = 1600  # 25 cm at 160 dpi: a logo or a signature never needs more on paper


@dataclass(frozen=True)
class BrandImage:
    """A logo or a signature as a handout receives it: the file's bytes and, for a signature,
    who signs. `services/handouts/branding.py` makes these from the workshop's branding."""

    media_type: str  # image/png or image/svg+xml
    data: bytes = field(repr=False)
    filename: str = ""
    signer_name: str = ""  # signatures: "A. Karimova"
    signer_title: str = ""  # signatures: "Head of Office"
    kind: str = "logo"  # logo or signature
    id: int = 0  # the database row, 0 for one made in code
    position: int = 0


@dataclass(frozen=True)
class _Form:
    name: str
    width: float  # the form's own size; placing it scales it to the box
    height: float


def fitted(
    natural: tuple[float, float],
    box: tuple[float, float, float, float],
    align: Align = "centre",
    valign: VAlign = "middle",
) -> tuple[float, float, float, float]:
    """(x, y, width, height) of a picture of proportions `natural` made as large as fits in
    `box` (x, y, width, height), aligned in it as asked."""
    x, y, width, height = box
    scale = min(width / natural[0], height / natural[1])
    w, h = natural[0] * scale, natural[1] * scale
    left = {"left": x, "centre": x + (width - w) / 2, "right": x + width - w}[align]
    return left, y if valign == "bottom" else y + (height - h) / 2, w, h


def _small_enough(picture: Image.Image) -> Image.Image:
    from PIL import Image

    if picture.mode not in ("RGB", "RGBA"):
        transparent = "A" in picture.getbands() or "transparency" in picture.info
        picture = picture.convert("RGBA" if transparent else "RGB")
    if max(picture.size) > MAX_SIDE_PX:
        picture = picture.copy()
        picture.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX), Image.Resampling.LANCZOS)
    return picture


class ImagePainter:
    """Places brand images on one canvas; make one per build (it remembers that canvas's
    forms). The GUI's preview, the CLI and the benchmark all go through it."""

    def __init__(self) -> None:
        self._forms: dict[bytes, _Form] = {}
        self._canvas: Canvas | None = None

    def _form(self, canvas: Canvas, image: BrandImage) -> _Form:
        if self._canvas is not canvas:  # a new document: the old one's forms are not in it
            self._forms.clear()
            self._canvas = canvas
        form = self._forms.get(image.data)
        if form is not None:
            return form
        # Named by content: the same picture twice in a document (a logo that is also a
        # signature, two painters on one canvas) is one form.
        name = f"jpoa-image-{hashlib.sha256(image.data).hexdigest()[:16]}"
        defined = canvas.hasForm(name)
        if image.media_type == PNG:
            picture = _small_enough(open_png(image.data, image.filename))
            width, height = float(picture.width), float(picture.height)
            if not defined:
                canvas.beginForm(name, 0, 0, width, height)
                canvas.drawImage(ImageReader(picture), 0, 0, width, height, mask="auto")
                canvas.endForm()
        else:
            drawing = svg_drawing(image.data, image.filename)
            width, height = float(drawing.width), float(drawing.height)
            if not defined:
                canvas.beginForm(name, 0, 0, width, height)
                renderPDF.draw(drawing, canvas, 0, 0)
                canvas.endForm()
        form = _Form(name, width, height)
        self._forms[image.data] = form
        return form

    def prepare(self, canvas: Canvas, images: Sequence[BrandImage]) -> None:
        """Decode and define every image's form now (before the first page is drawn)."""
        for image in images:
            self._form(canvas, image)

    def draw(
        self,
        canvas: Canvas,
        image: BrandImage,
        box: tuple[float, float, float, float],
        align: Align = "centre",
        valign: VAlign = "middle",
    ) -> tuple[float, float, float, float]:
        """Draw `image` as large as fits in `box` (x, y, width, height), proportions kept;
        return where it went."""
        form = self._form(canvas, image)
        x, y, width, height = fitted((form.width, form.height), box, align, valign)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(width / form.width, height / form.height)
        canvas.doForm(form.name)
        canvas.restoreState()
        return x, y, width, height

    def row(
        self,
        canvas: Canvas,
        images: Sequence[BrandImage],
        box: tuple[float, float, float, float],
        align: Align = "centre",
        gap: float = 6 * mm,
    ) -> list[tuple[float, float, float, float]]:
        """Draw `images` side by side, all as tall as `box` unless the row would be too
        wide, then all shrunk alike; the row is aligned within the box as asked."""
        if not images:
            return []
        x, y, width, height = box
        sizes = [self._natural(canvas, image) for image in images]
        widths = [w * height / h for w, h in sizes]
        room = width - gap * (len(images) - 1)
        scale = min(1.0, room / sum(widths)) if sum(widths) > 0 else 1.0
        widths = [w * scale for w in widths]
        used = sum(widths) + gap * (len(images) - 1)
        left = {"left": x, "centre": x + (width - used) / 2, "right": x + width - used}[align]
        placed = []
        for image, w in zip(images, widths, strict=True):
            placed.append(self.draw(canvas, image, (left, y, w, height)))
            left += w + gap
        return placed

    def _natural(self, canvas: Canvas, image: BrandImage) -> tuple[float, float]:
        form = self._form(canvas, image)
        return form.width, form.height


class LogoRow(Flowable):
    """The logos in a row, `height` tall, at the top of a flowing handout's first page."""

    def __init__(
        self,
        images: Sequence[BrandImage],
        painter: ImagePainter,
        height: float = 14 * mm,
        align: Align = "right",
        space_after: float = 3 * mm,
    ) -> None:
        super().__init__()
        self._images = tuple(images)
        self._painter = painter
        self._height = height
        self._align: Align = align
        self.spaceAfter = space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self._height

    def draw(self) -> None:
        self._painter.row(self.canv, self._images, (0, 0, self.width, self._height), self._align)


def logo_story(images: Sequence[BrandImage], painter: ImagePainter) -> list[Flowable]:
    """The flowables that put `images` above a handout's title: none without logos."""
    return [LogoRow(images, painter)] if images else []
