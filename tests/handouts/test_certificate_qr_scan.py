"""A printed certificate's QR code reads back from an ordinary 150 dpi office scan, and what it
reads verifies; the compact encoder makes valid codes of every version it handles."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

import pypdfium2
import pytest
import segno
import zxingcpp
from PIL import Image, ImageFilter

from jpoa_desktop.handouts.common.qr import matrix_for, rectangles
from jpoa_desktop.handouts.common.qr_matrix import (
    ALPHANUMERIC,
    MAX_VERSION,
    data_capacity,
    qr_matrix,
)
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAYS = [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]
TITLE = "Национальная стратегия противодействия терроризму и экстремизму на 2026–2030 годы"


@pytest.fixture
def workshop(empty_db: Database) -> int:
    """A long Russian title and a long Tajik name: the largest code a workshop makes."""
    workshops = WorkshopService(empty_db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"ru": TITLE, "en": "National counter-terrorism strategy"},
                      start=DAYS[0], end=DAYS[-1], city="Dushanbe")
    )  # fmt: skip
    person = PersonInput("Абдурахмонова", "Мехрангез", patronymic="Саидмуродовна")
    code = workshops.register(
        workshop, PeopleService(empty_db.session_scope).add(person), status="confirmed"
    )
    for day in DAYS:
        AttendanceService(empty_db.session_scope).mark(
            workshop, code, day, now=datetime(2026, 3, 2, 9, tzinfo=UTC)
        )
    return workshop


def _scan(pdf: Path, dpi: int, blur: float) -> Image.Image:
    """The first page as a flatbed scanner gives it back: `dpi`, slightly out of focus."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[0]
        picture = page.render(scale=dpi / 72).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    blurred: Image.Image = picture.filter(ImageFilter.GaussianBlur(blur))
    return blurred


def test_a_certificate_scanned_at_150_dpi_decodes_to_a_code_that_verifies(
    empty_db: Database, workshop: int, tmp_path: Path
) -> None:
    out = tmp_path / "certificates.pdf"
    HandoutService(empty_db.session_scope).write("certificates", workshop, out, "ru", "en")
    found = zxingcpp.read_barcodes(_scan(out, 150, blur=1.0))
    assert len(found) == 1, "the QR code did not read from a soft 150 dpi scan"
    (code,) = found
    assert int(cast(dict[str, str], code.extra)["Version"]) <= 6
    verdict = CertificateService(empty_db.session_scope).verify(code.text)
    assert verdict.valid and verdict.claim is not None
    assert verdict.claim.holder == "Abdurakhmonova Mekhrangez"  # in Latin letters: compact
    assert verdict.claim.dates == "2026-03-02/2026-03-04"


@pytest.mark.parametrize("level", ["L", "M"])
def test_the_compact_encoder_makes_codes_zxing_reads_in_every_version(level: str) -> None:
    chooser = random.Random(7)
    for version in range(1, MAX_VERSION + 1):
        count_bits = 9 if version <= 9 else 11
        length = (data_capacity(version, level) * 8 - 4 - count_bits) * 2 // 11  # just fits
        text = "".join(chooser.choice(ALPHANUMERIC) for _ in range(length))
        matrix = qr_matrix(text)
        assert matrix is not None
        assert len(matrix) == 17 + 4 * version if level == "L" else len(matrix) <= 17 + 4 * version
        picture = Image.new("L", (len(matrix) + 8,) * 2, 255)
        for x, y, width, height in rectangles(matrix):
            picture.paste(0, (x + 4, y + 4, x + 4 + width, y + 4 + height))
        found = zxingcpp.read_barcodes(
            picture.resize((picture.width * 4,) * 2, Image.Resampling.NEAREST)
        )
        assert [b.text for b in found] == [text], version


def test_text_outside_the_alphanumeric_set_still_gets_a_valid_code_from_segno() -> None:
    text = "JPOA1.bG93ZXIgY2FzZQ.c2lnbmF0dXJl"  # an old code, lower case: not alphanumeric
    assert qr_matrix(text) is None
    reference = [[bool(m) for m in row] for row in segno.make(text, mask=0, micro=False).matrix]
    assert matrix_for(text) == reference


def test_the_merged_rectangles_cover_exactly_the_dark_modules() -> None:
    matrix = matrix_for("JP2:" + "7" * 120)
    painted = [[False] * len(matrix) for _ in matrix]
    for x, y, width, height in rectangles(matrix):
        for row in range(y, y + height):
            for column in range(x, x + width):
                assert not painted[row][column]
                painted[row][column] = True
    assert painted == matrix
