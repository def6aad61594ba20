"""500 certificates into one PDF, against two loops measured in the same run.

(a) the floor: bare ReportLab drawing the same texts on 500 landscape pages, no QR code;
(b) with `--naive`: the same loop adding ReportLab's own QR widget on every page (slow: about
    a minute and a half for 500, so it is left out unless asked for).
Ours is `handouts.certificates.build` (two languages side by side, the signed compact QR code,
the organiser's logo at the top and a signature at the foot, both PNGs made here with Pillow).
Budget (DESIGN.md): ≤ 5 × (a), peak RSS < 250 MB.

Run: `python benchmarks/certificates.py [--count 500] [--naive]`.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

from bench_table import Budget
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from measuring import record
from PIL import Image, ImageDraw
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.handouts.certificates import Certificate, CertificateData, build
from jpoa_desktop.handouts.common.images import BrandImage
from jpoa_desktop.handouts.common.page import PageOptions
from jpoa_desktop.services.handouts.certificate_codes import (
    compact_claim,
    encode_compact,
    signed_bytes,
)
from jpoa_desktop.texts.fonts import BOLD, REGULAR, register_fonts
from jpoa_desktop.texts.transliteration import to_latin

BUDGET_OF_FLOOR = 5.0
RSS_BUDGET_MB = 250.0


def _png(size: tuple[int, int], draw: Callable[[ImageDraw.ImageDraw], None]) -> bytes:
    picture = Image.new("RGBA", size, (0, 0, 0, 0))
    draw(ImageDraw.Draw(picture))
    out = BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _logo(pen: ImageDraw.ImageDraw) -> None:
    pen.rounded_rectangle((6, 6, 893, 293), radius=60, fill=(31, 95, 153, 255))
    pen.ellipse((60, 60, 240, 240), outline=(255, 255, 255, 255), width=24)
    pen.rectangle((300, 120, 820, 180), fill=(255, 255, 255, 255))


def _signature(pen: ImageDraw.ImageDraw) -> None:
    points = [(10, 140), (110, 30), (200, 150), (290, 45), (380, 140), (590, 60)]
    pen.line(points, fill=(26, 35, 126, 255), width=8)


def branding() -> tuple[BrandImage, BrandImage]:
    """A 900 × 300 logo and a 600 × 180 signature, as an organiser would send them."""
    return (
        BrandImage("image/png", _png((900, 300), _logo), "logo.png"),
        BrandImage("image/png", _png((600, 180), _signature), "signature.png", "A. Karimova",
                   "Head of Office", kind="signature"),
    )  # fmt: skip


def make_data(count: int) -> CertificateData:
    key = Ed25519PrivateKey.generate()
    logo, signature = branding()
    certificates = []
    for n, person in enumerate(generate_people(count, seed=11)):
        holder = f"{person.family_name} {person.given_name} {person.patronymic}".strip()
        latin = to_latin(holder)
        claim = compact_claim(f"2026-{n:08X}", latin, "2026-03-02/2026-03-06", "32")
        code = encode_compact(claim, key.sign(signed_bytes(claim)))
        certificates.append(Certificate(claim.number, holder, latin, code))
    return CertificateData(
        languages=("ru", "en"),
        titles=("Управление границами и безопасность", "Border management and security"),
        start=date(2026, 3, 2),
        end=date(2026, 3, 6),
        place="Bishkek",
        hours="32",
        organisers="UNOCT, UNRCCA",
        certificates=tuple(certificates),
        logos=(logo,),
        signatures=(signature,),
    )


def bare_loop(data: CertificateData, out: Path, with_qr: bool) -> None:
    canvas = Canvas(str(out), pagesize=landscape(A4), initialFontName=REGULAR)  # type: ignore[arg-type]
    for certificate in data.certificates:
        canvas.setFont(BOLD, 24)
        canvas.drawString(60, 500, "Сертификат участника")
        canvas.drawString(460, 500, "Certificate of participation")
        canvas.setFont(BOLD, 20)
        canvas.drawString(60, 430, certificate.holder)
        canvas.drawString(460, 430, certificate.latin)
        canvas.setFont(REGULAR, 12)
        for x, title in zip((60, 460), data.titles, strict=True):
            canvas.drawString(x, 380, title)
        canvas.drawString(60, 60, certificate.number)
        if with_qr:
            widget = QrCodeWidget(certificate.code)
            left, bottom, right, top = widget.getBounds()
            size = 85.0
            drawing = Drawing(size, size, transform=[size / (right - left), 0, 0,
                                                     size / (top - bottom), 0, 0])  # fmt: skip
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, 700, 40)
        canvas.showPage()
    canvas.save()


def timed(run: object) -> float:
    started = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="500 certificates against bare ReportLab")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--naive", action="store_true", help="also time ReportLab's QR widget")
    args = parser.parse_args()
    register_fonts()
    data = make_data(args.count)
    with tempfile.TemporaryDirectory(prefix="jpoa-bench-") as scratch:
        folder = Path(scratch)
        floor = timed(lambda: bare_loop(data, folder / "a.pdf", with_qr=False))
        naive = timed(lambda: bare_loop(data, folder / "b.pdf", with_qr=True)) if args.naive else 0
        ours = timed(lambda: build(data, PageOptions(), folder / "ours.pdf"))
        size = (folder / "ours.pdf").stat().st_size / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.count} certificates, two languages, signed QR code, PNG logo and signature")
    print(f"(a) bare ReportLab, no QR        : {floor:6.2f} s")
    if naive:
        print(f"(b) bare ReportLab + its QR widget: {naive:6.2f} s")
    print(f"ours                             : {ours:6.2f} s  ({size:.1f} MB)")
    print(f"ours / (a): {ours / floor:5.2f}  (budget ≤ {BUDGET_OF_FLOOR:g})")
    if naive:
        print(f"ours / (b): {ours / naive:5.2f}")
    print(f"peak RSS  : {rss:5.0f} MB (budget < {RSS_BUDGET_MB:.0f} MB)")
    figure = f"{args.count} certificates into one PDF (vs bare ReportLab, no QR code)"
    within = record(figure, ours, "s", baseline=floor, budget=Budget.ratio(BUDGET_OF_FLOOR))
    if naive:
        record("the same (vs bare ReportLab with its QR widget)", ours, "s", baseline=naive)
    within &= record("peak RSS", rss, "MB", budget=Budget.below(RSS_BUDGET_MB))
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
