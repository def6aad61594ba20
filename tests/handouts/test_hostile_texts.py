"""Handouts that never refuse a workshop: texts of ten thousand letters are cut with "…" and
listed, a name the fonts cannot print is printed in Latin letters and listed, control
characters are dropped, and Arabic and Hebrew names print joined and in reading order."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import arabic_reshaper  # type: ignore[import-untyped]
import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from tests.handouts.hostile_people import (
    ARABIC,
    HEBREW,
    LONG_FAMILY,
    LONG_ORGANISATION,
    LONG_TITLE,
    letters_workshop,
    long_texts_workshop,
)
from tests.handouts.test_every_kind import fonts

from jpoa_desktop.handouts import certificates as certificate_handout
from jpoa_desktop.handouts.common.bidi_lines import markup
from jpoa_desktop.handouts.common.page import PageOptions
from jpoa_desktop.handouts.common.printable import PrintNotices, printable
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificates import verify_code
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.texts.fonts import REGULAR

PER_PERSON = ("participant-list", "sign-in", "badges", "table-tents")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _fonts(path: Path) -> set[str]:
    used: set[str] = set()
    for page in PdfReader(path).pages:
        fonts(cast(DictionaryObject, page["/Resources"].get_object()), used)
    return used


def _flat(text: str) -> str:
    """The PDF's text without line breaks (a long word wraps across lines)."""
    return "".join(text.split())


@pytest.mark.parametrize("kind", PER_PERSON)
def test_a_ten_thousand_letter_name_organisation_and_position_are_cut_and_listed(
    kind: str, empty_db: Database, tmp_path: Path
) -> None:
    workshop = long_texts_workshop(empty_db)
    out = tmp_path / f"{kind}.pdf"
    notices = PrintNotices()
    HandoutService(empty_db.session_scope).write(kind, workshop, out, "ru", notices=notices)
    text = _flat(_text(out))
    assert _flat(LONG_FAMILY[:40]) in text and "…" in text
    assert len(text) < 6_000  # the start of each long text, not all of it
    assert "Каримова" in text  # the colleague on the same sheet is printed as usual
    cut = {(n.field, n.length) for n in notices.items if n.kind == "cut"}
    assert ("name", len(LONG_FAMILY)) in cut or ("name", len(LONG_FAMILY) + 7) in cut
    assert ("organisation", len(LONG_ORGANISATION)) in cut
    person = next(n.person for n in notices.items if n.field == "organisation")
    assert person.startswith(LONG_FAMILY[:30]) and person.endswith("…")
    assert _fonts(out) <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_a_five_thousand_letter_session_title_is_cut_on_the_agenda_and_listed(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = long_texts_workshop(empty_db)
    out = tmp_path / "agenda.pdf"
    notices = PrintNotices()
    HandoutService(empty_db.session_scope).write("agenda", workshop, out, "ru", "en",
                                                  notices=notices)  # fmt: skip
    text = " ".join(_text(out).split())
    assert LONG_TITLE[:60] in text and "…" in text
    (session,) = [n for n in notices.items if n.field == "session"]
    assert session.kind == "cut" and session.length == 5_000 and 0 < session.kept < 1_000
    assert any(n.field == "speakers" for n in notices.items)  # the long speaker's name


def test_a_certificate_for_a_ten_thousand_letter_name_is_cut_and_listed(
    tmp_path: Path,
) -> None:
    holder = f"{LONG_FAMILY} Рустам"
    data = certificate_handout.CertificateData(
        languages=("ru", "en"), titles=(LONG_TITLE, "Regional meeting"),
        start=date(2026, 6, 1), end=date(2026, 6, 1), place=LONG_ORGANISATION, hours="8",
        organisers=LONG_ORGANISATION,
        certificates=(certificate_handout.Certificate("2026-0001", holder, "", "JPOA1.TEST"),),
    )  # fmt: skip
    notices = PrintNotices()
    out = tmp_path / "certificates.pdf"
    certificate_handout.build(data, PageOptions(), out, notices=notices)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = _flat(_text(out))
    assert _flat(LONG_FAMILY[:40]) in text and "…" in text and len(text) < 8_000
    fields = {n.field for n in notices.items if n.kind == "cut"}
    assert {"name", "title", "place", "organisers"} <= fields


@pytest.mark.parametrize("kind", PER_PERSON)
def test_one_observer_from_china_no_longer_stops_the_workshops_handouts(
    kind: str, empty_db: Database, tmp_path: Path
) -> None:
    workshop = letters_workshop(empty_db)
    out = tmp_path / f"{kind}.pdf"
    notices = PrintNotices()
    HandoutService(empty_db.session_scope).write(kind, workshop, out, "ru", notices=notices)
    text = _text(out)
    assert "Wang" in text and "Xiaoming" in text and "王" not in text
    assert "Ғафурова" in text
    latin = [n for n in notices.items if n.kind == "latin"]
    assert [(n.person, n.detail) for n in latin] == [("王 小明", "Wang Xiaoming")]
    # No Latin spelling at all: what can be printed is, with a placeholder, and it is said.
    assert any(n.kind == "unprintable" and n.person == "李 😀" and "U+674E" in n.detail
               for n in notices.items)  # fmt: skip
    assert _fonts(out) <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_participant_list_prints_arabic_joined_hebrew_in_order_and_drops_controls(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = letters_workshop(empty_db)
    out = tmp_path / "list.pdf"
    notices = PrintNotices()
    HandoutService(empty_db.session_scope).write("participant-list", workshop, out, "ru",
                                                  notices=notices)  # fmt: skip
    text = _text(out)
    # The joined (presentation) forms are what was drawn; pypdf reads the right-to-left run
    # back in reading order, so an unjoined or reversed name would not match.
    assert arabic_reshaper.reshape(" ".join(ARABIC)) in text
    assert " ".join(ARABIC) not in text  # never the unjoined letters
    assert "Nuri Ahmad" in text  # the Latin spelling under a name in Arabic letters
    assert " ".join(HEBREW) in text
    assert "Агентство по контролю" in text  # the emoji is left out, the name stays
    assert any(n.kind == "unprintable" and "U+1F30D" in n.detail for n in notices.items)
    assert "\x07" not in text and "\x1b" not in text and "Эксперт" in text
    assert _fonts(out) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_what_is_drawn_for_an_arabic_name_is_joined_and_right_to_left() -> None:
    drawn = markup(printable("نوری احمد", PrintNotices()), REGULAR, 9, 200)
    # Drawn left to right: the last letter of احمد (a final dal) leftmost, the first of نوری
    # (an initial noon) rightmost, where a reader starts.
    assert drawn[0] == "\ufeaa" and drawn[-1] == "\ufee7"
    assert all("\ufb50" <= c <= "\ufeff" or c == " " for c in drawn)


def test_a_right_to_left_text_that_wraps_starts_on_the_first_line() -> None:
    words = ["وزارت", "امور", "خارجه", "جمهوری", "اسلامی"]  # a Dari ministry, five words
    text = printable(" ".join(words), PrintNotices())
    lines = markup(text, REGULAR, 9, 60).split("<br/>")
    assert len(lines) >= 2
    # The first printed line holds the first words (read right to left), not the last ones.
    first = arabic_reshaper.reshape(words[0])
    assert first[::-1] in lines[0] and first[::-1] not in lines[-1]


def test_certificates_for_a_ten_thousand_letter_name_build_with_a_readable_qr_code(
    empty_db: Database, tmp_path: Path
) -> None:
    workshop = long_texts_workshop(empty_db)
    out = tmp_path / "certificates.pdf"
    notices = PrintNotices()
    HandoutService(empty_db.session_scope).write("certificates", workshop, out, "ru",
                                                  min_share=0.0, notices=notices)  # fmt: skip
    assert len(PdfReader(out).pages) == 2
    assert _flat(LONG_FAMILY[:40]) in _flat(_text(out))
    assert next(n.field for n in notices.items if n.kind == "cut") == "name"
    page = pypdfium2.PdfDocument(out)[0].render(scale=200 / 72).to_pil()
    (code,) = [found.text for found in zxingcpp.read_barcodes(page)]
    verdict = verify_code(code)
    assert verdict.valid and verdict.claim is not None
    assert verdict.claim.holder.startswith("Abdurakhmanovzoda") and verdict.claim.holder[-1] == "…"
