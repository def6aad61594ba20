"""What every user of PDFium here shares: its lock, and PDF's unit.

PDFium is not thread-safe: the preview renders on a worker while a print job may render on
another, so every call into it holds `PDFIUM_LOCK` (see `printing.py`).
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72.0
