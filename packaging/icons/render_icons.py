"""Render the app icon from its SVG sources into the PNGs and the Windows .ico we ship.

    .venv/bin/python packaging/icons/render_icons.py

Run it again only when an SVG in resources/icons/ changes, and commit what it writes:
`resources/icons/hicolor/<N>x<N>/apps/jpoa-desktop.png` (the window icon and the Linux menu
icon, in the freedesktop.org theme layout) and `packaging/windows/jpoa-desktop.ico` (the .exe's
and the installer's icon). The PNGs are committed rather than drawn at start because the bundle
need not carry Qt's SVG icon engine, and the smallest sizes are drawn apart, pixel by pixel,
since a 256-unit drawing shrunk to 16 px blurs its columns into one grey bar.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[2]
NAME = "jpoa-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
DRAWN_APART = (16, 24, 48)  # sizes with their own SVG, drawn on their pixel grid


def source_for(size: int, sources: Path) -> Path:
    """The SVG a size is drawn from: its own where one is drawn, else the main one."""
    own = sources / f"{NAME}-{size}.svg"
    return own if size in DRAWN_APART else sources / f"{NAME}.svg"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a drawing Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=REPO / "resources" / "icons",
                        help="the folder holding the SVGs (default: resources/icons)")  # fmt: skip
    parser.add_argument("--icons", type=Path, default=REPO / "resources" / "icons" / "hicolor",
                        help="where the hicolor PNG tree goes")  # fmt: skip
    parser.add_argument("--ico", type=Path, default=REPO / "packaging" / "windows" / f"{NAME}.ico",
                        help="the .ico file to write")  # fmt: skip
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    app = QGuiApplication(sys.argv[:1])  # QPainter on a QImage wants one for fonts; we draw none
    images = {size: render(source_for(size, args.sources), size) for size in PNG_SIZES}
    for size, image in images.items():
        out = args.icons / f"{size}x{size}" / "apps" / f"{NAME}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise SystemExit(f"{out}: could not be written")
    args.ico.parent.mkdir(parents=True, exist_ok=True)
    write_ico([images[size] for size in ICO_SIZES], args.ico)
    del app
    print(f"{len(images)} PNGs under {args.icons}, {len(ICO_SIZES)} sizes in {args.ico}")
    return 0


_PNG_FROM = 256  # an entry this wide or wider is stored as PNG
_BITMAP_HEADER = struct.Struct("<IiiHHIIiiII")  # BITMAPINFOHEADER, 40 bytes
_DIRECTORY_ENTRY = struct.Struct("<BBBBHHII")


# A Windows icon file holds several sizes of one picture. Qt's `ico` image plugin writes one picture
# per file, so the container is written here: a header, one directory entry per size, then the
# pictures. Sizes under 256 px are 32-bit bitmaps (with the 1-bit mask old renderers still read),
# 256 px is PNG; Windows since Vista, PyInstaller (which copies the entries into the .exe) and
# Inno Setup read both.


def write_ico(images: Sequence[QImage], out: Path) -> None:
    """Write `images` (square, one per size, smallest first) into one .ico file at `out`."""
    pictures = [_png(image) if image.width() >= _PNG_FROM else _bitmap(image) for image in images]
    offset = 6 + _DIRECTORY_ENTRY.size * len(images)
    directory = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    for image, picture in zip(images, pictures, strict=True):
        side = image.width() % 256  # 256 is written as 0
        directory += _DIRECTORY_ENTRY.pack(side, side, 0, 0, 1, 32, len(picture), offset)
        offset += len(picture)
    out.write_bytes(bytes(directory) + b"".join(pictures))


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
    buffer.close()
    return bytes(data.data())


def _bitmap(image: QImage) -> bytes:
    """A device-independent bitmap as an icon holds it: rows bottom up, blue-green-red-alpha,
    then a mask with a set bit where the picture is fully transparent."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # B, G, R, A in memory
    side = argb.width()
    row_bytes = side * 4
    raw = bytes(argb.constBits())
    stride = argb.bytesPerLine()
    rows = [raw[y * stride : y * stride + row_bytes] for y in range(side)]
    mask_stride = (side + 31) // 32 * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(side):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    pixels = b"".join(reversed(rows))
    header = _BITMAP_HEADER.pack(
        _BITMAP_HEADER.size, side, side * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + bytes(mask)


if __name__ == "__main__":
    sys.exit(main())
