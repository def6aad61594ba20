"""Logo and signature files: which are accepted (PNG, SVG), how they are read safely, and why
one is refused.

The files come from anywhere (an organiser's e-mail, a web page saved to disk), so they are
treated as hostile until proven otherwise. An SVG is XML: it is parsed with entity resolution,
DTD loading and the network all off, refused when it declares entities (external ones read
files, nested ones explode: "billion laughs") or points at anything outside itself, and
limited in size. A PNG is checked by its signature and fully decoded once with a pixel limit.
Everything here raises `ValidationError` with a message the trainer can act on.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import TYPE_CHECKING, Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs installed
from reportlab.graphics.shapes import Drawing, Group, String

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts

if TYPE_CHECKING:  # Pillow and svglib load when a picture is first read, not at start-up
    from PIL import Image

PNG = "image/png"
SVG = "image/svg+xml"
MEDIA_TYPES = (PNG, SVG)
MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 6,000 × 6,000 logo is already far more than print needs
MAX_SVG_ELEMENTS = 50_000
MAX_SVG_POINTS = 100_000.0  # 35 m: a width or height beyond it is a mistake, not a logo
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# What an SVG may point at: its own elements (#id), or pictures embedded in it.
INSIDE = re.compile(r"^\s*(#|data:image/(png|jpe?g);base64,)", re.IGNORECASE)


def check_size(size: int, filename: str) -> None:
    """Refuse an empty file or one over the limit (before reading it, given its size)."""
    if size == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} is empty."), file=filename)
    if size > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is {size} MB; a logo or signature may be at most {limit} MB."
            ),
            file=filename,
            size=f"{size / 1024 / 1024:.1f}",
            limit=MAX_BYTES // 1024 // 1024,
        )


def media_type_of(data: bytes, filename: str) -> str:
    """PNG or SVG, told by the content (a renamed file is judged by what it is)."""
    check_size(len(data), filename)
    if data.startswith(PNG_SIGNATURE):
        return PNG
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype")) and b"<svg" in data[:65536]:
        return SVG
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a PNG or SVG image; save it as PNG or SVG."),
        file=filename,
    )


def open_png(data: bytes, filename: str) -> Image.Image:
    """The decoded picture (every byte read, so a truncated or corrupt file fails here)."""
    from PIL import Image, UnidentifiedImageError

    damaged = ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is damaged or not a PNG image; save it again as PNG."),
        file=filename,
    )
    if not data.startswith(PNG_SIGNATURE):
        raise damaged
    try:
        with Image.open(BytesIO(data), formats=["PNG"]) as probe:
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file} is {width} × {height} pixels; at most {limit} million pixels "
                        "are accepted. Save it smaller.",
                    ),
                    file=filename,
                    width=width,
                    height=height,
                    limit=MAX_PIXELS // 1_000_000,
                )
            probe.verify()  # the chunks' checksums
        picture = Image.open(BytesIO(data), formats=["PNG"])
        picture.load()  # the pixels themselves: a cut-off file fails only here
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        raise damaged from None
    if picture.width < 1 or picture.height < 1:
        raise damaged
    return picture


def _entities(filename: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} declares XML entities, which are refused for safety; save it as plain SVG "
            "(in Inkscape: Save as, Plain SVG).",
        ),
        file=filename,
    )


def _parse_svg(data: bytes, filename: str) -> Any:  # an lxml element
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,  # libxml2's own limits on depth and text size stay on
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )
    malformed = ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a well-formed SVG image; save it again as SVG."),
        file=filename,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        # libxml2 itself stops some entity bombs; say why rather than "not well-formed"
        raise (_entities(filename) if b"<!ENTITY" in data else malformed) from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise _entities(filename)
    if root.tag not in (f"{{{SVG_NAMESPACE}}}svg", "svg"):
        raise malformed
    return root


def _check_svg_tree(root: Any, filename: str) -> None:
    for count, element in enumerate(root.iter(), start=1):
        if count > MAX_SVG_ELEMENTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} has more than {limit} elements; simplify the drawing or save it as "
                    "PNG.",
                ),
                file=filename,
                limit=MAX_SVG_ELEMENTS,
            )
        if not isinstance(element.tag, str):  # an entity reference left unresolved
            raise _entities(filename)
        for name in (XLINK_HREF, "href"):
            target = element.get(name)
            if target is not None and not INSIDE.match(target):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{file} refers to something outside itself ({reference}); only "
                        "self-contained SVG images are accepted. Embed it, or save as PNG.",
                    ),
                    file=filename,
                    reference=target[:80],
                )


def _bundled_fonts(node: Group | Drawing) -> None:
    """Texts in the SVG print in the bundled fonts (the standard ones are not embedded and
    have no Cyrillic)."""
    for child in node.contents:
        if isinstance(child, String):
            child.fontName = BOLD if "bold" in str(child.fontName).lower() else REGULAR
        elif isinstance(child, Group):
            _bundled_fonts(child)


def svg_drawing(data: bytes, filename: str) -> Drawing:
    """The SVG as a ReportLab drawing of its natural size in points."""
    check_size(len(data), filename)
    root = _parse_svg(data, filename)
    _check_svg_tree(root, filename)
    register_fonts()
    from svglib.svglib import SvgRenderer

    try:
        drawing = SvgRenderer(BytesIO(data)).render(root)
    except Exception:  # svglib raises whatever its parts raise on odd input
        drawing = None
    width = float(drawing.width) if drawing is not None else 0.0
    height = float(drawing.height) if drawing is not None else 0.0
    if drawing is None or not (0 < width < MAX_SVG_POINTS and 0 < height < MAX_SVG_POINTS):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has no usable size; give the SVG a width and height or a viewBox.",
            ),
            file=filename,
        )
    # else the drawing names an unembedded Helvetica (the stubs miss this Drawing attribute)
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]
    _bundled_fonts(drawing)
    return drawing


def check_image(data: bytes, filename: str) -> str:
    """Read the file as a handout would; return its media type, or refuse it."""
    media_type = media_type_of(data, filename)
    if media_type == PNG:
        open_png(data, filename).close()
    else:
        svg_drawing(data, filename)
    return media_type
