"""Reading a built PDF's pages as images, with PDFium (QtPdf is not in the Linux wheels).

PDFium is not thread-safe: the preview renders on a worker while a print job may render on
another, so every call into it holds `PDFIUM_LOCK`.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QImage

PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72.0


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Each page's width and height in points, as the PDF viewer shows them."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            return [tuple(document[n].get_size()) for n in range(len(document))]
        finally:
            document.close()


def page_image(pdf: Path, index: int, dpi: float) -> QImage:
    """Page `index` rendered at `dpi` on white, as a QImage that owns its pixels."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(str(pdf))
        try:
            page = document[index]
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            width, height = bitmap.width, bitmap.height
            stride = bitmap.stride
            pixels = bytes(bitmap.buffer)
            mode = bitmap.mode
        finally:
            document.close()
    formats = {
        "RGB": QImage.Format.Format_RGB888,
        "RGBA": QImage.Format.Format_RGBA8888,
        "RGBX": QImage.Format.Format_RGBX8888,
        "L": QImage.Format.Format_Grayscale8,
    }
    image = QImage(pixels, width, height, stride, formats[mode])
    return image.copy()  # the bytes above go away with this frame
