"""A workshop's branding: logos and signatures kept in order, hostile files refused, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpoa_desktop.db.branding_models import WorkshopBranding, WorkshopImage
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.handouts.common.image_files import MAX_BYTES, PNG_SIGNATURE
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.branding import BrandingService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DAY = date(2026, 12, 1)


@pytest.fixture
def workshop(empty_db: Database) -> int:
    return WorkshopService(empty_db.session_scope).create(
        WorkshopInput(titles={"en": "Border security"}, start=DAY, end=DAY, city="Osh")
    )


@pytest.fixture
def branding(empty_db: Database) -> BrandingService:
    return BrandingService(empty_db.session_scope)


def _image_rows(db: Database) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count(WorkshopImage.id))) or 0


def _names(service: BrandingService, workshop: int) -> list[str]:
    return [logo.filename for logo in service.branding(workshop).logos]


def test_logos_come_back_in_the_order_given_and_can_be_moved(
    branding: BrandingService, workshop: int
) -> None:
    first = branding.add_image(workshop, "logo", FIXTURES / "logo.png")
    branding.add_image(workshop, "logo", FIXTURES / "logo.svg")
    third = branding.add_image(workshop, "logo", (FIXTURES / "logo.png").read_bytes(), "osce.png")
    assert _names(branding, workshop) == ["logo.png", "logo.svg", "osce.png"]
    shown = branding.branding(workshop)
    assert [logo.media_type for logo in shown.logos] == ["image/png", "image/svg+xml", "image/png"]
    assert shown.logos[0].data == (FIXTURES / "logo.png").read_bytes()
    branding.move_image(third, 0)
    assert _names(branding, workshop) == ["osce.png", "logo.png", "logo.svg"]
    branding.move_image(first, 99)  # past the end: the last place
    assert _names(branding, workshop) == ["osce.png", "logo.svg", "logo.png"]
    assert [logo.position for logo in branding.branding(workshop).logos] == [0, 1, 2]


def test_a_signature_keeps_its_signer_and_needs_a_name(
    branding: BrandingService, workshop: int
) -> None:
    image = branding.add_image(
        workshop, "signature", FIXTURES / "signature.png", "",
        signer_name="  A.  Karimova ", signer_title="Head of Office",
    )  # fmt: skip
    (signature,) = branding.branding(workshop).signatures
    assert (signature.signer_name, signature.signer_title) == ("A. Karimova", "Head of Office")
    branding.update_signer(image, "Дж. Рахимов", "Руководитель программы")
    assert branding.image(image).signer_name == "Дж. Рахимов"
    with pytest.raises(ValidationError, match="name of the person who signs"):
        branding.add_image(workshop, "signature", FIXTURES / "signature.svg", signer_name=" ")
    with pytest.raises(ValidationError, match="name of the person who signs"):
        branding.update_signer(image, "", "Head of Office")
    assert branding.image(image).signer_name == "Дж. Рахимов"


def test_removing_a_logo_can_be_undone_in_its_old_place(
    branding: BrandingService, workshop: int
) -> None:
    for name in ("logo.png", "logo.svg", "signature.png"):
        branding.add_image(workshop, "logo", FIXTURES / name)
    middle = branding.branding(workshop).logos[1]
    removed = branding.remove_image(middle.id)
    assert _names(branding, workshop) == ["logo.png", "signature.png"]
    assert [logo.position for logo in branding.branding(workshop).logos] == [0, 1]
    branding.restore_image(removed)
    back = branding.branding(workshop).logos
    assert [logo.filename for logo in back] == ["logo.png", "logo.svg", "signature.png"]
    assert back[1].data == middle.data
    with pytest.raises(ValidationError, match="already back"):
        branding.restore_image(removed)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("external_entity.svg", "declares XML entities"),
        ("billion_laughs.svg", "declares XML entities"),
        ("external_image.svg", "refers to something outside itself"),
    ],
)
def test_a_hostile_svg_is_refused_and_nothing_is_written(
    empty_db: Database, branding: BrandingService, workshop: int, name: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        branding.add_image(workshop, "logo", FIXTURES / name)
    assert _image_rows(empty_db) == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"GIF89a\x01\x00\x01\x00", "is not a PNG or SVG image"),
        (PNG_SIGNATURE + b"\x00" * 64, "damaged or not a PNG"),
        (b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect", "well-formed"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "no usable size"),
        (b"<?xml version='1.0'?><html><svg/></html>", "well-formed"),
    ],
)
def test_a_broken_file_is_refused_with_its_name_and_nothing_is_written(
    empty_db: Database, branding: BrandingService, workshop: int, data: bytes, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        branding.add_image(workshop, "logo", data, "organiser.png")
    assert "organiser.png" in str(refused.value)
    assert _image_rows(empty_db) == 0


def test_a_cut_off_png_is_refused(
    empty_db: Database, branding: BrandingService, workshop: int, tmp_path: Path
) -> None:
    whole = (FIXTURES / "logo.png").read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ValidationError, match=r"cut\.png is damaged"):
        branding.add_image(workshop, "logo", cut)
    assert _image_rows(empty_db) == 0


def test_a_file_over_five_megabytes_is_refused_before_it_is_read(
    empty_db: Database, branding: BrandingService, workshop: int, tmp_path: Path
) -> None:
    big = tmp_path / "poster.png"
    with big.open("wb") as handle:
        handle.write(PNG_SIGNATURE)
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ValidationError, match=r"poster\.png is 5\.0 MB; .* at most 5 MB"):
        branding.add_image(workshop, "logo", big)
    with pytest.raises(ValidationError, match="at most 5 MB"):
        branding.add_image(workshop, "logo", big.read_bytes(), "poster.png")
    assert _image_rows(empty_db) == 0


def test_a_missing_file_or_workshop_or_kind_is_a_clear_refusal(
    branding: BrandingService, workshop: int, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match=r"nowhere\.png cannot be read"):
        branding.add_image(workshop, "logo", tmp_path / "nowhere.png")
    with pytest.raises(ValidationError, match="no workshop with id 999"):
        branding.add_image(999, "logo", FIXTURES / "logo.png")
    with pytest.raises(ValidationError, match="not a kind of image"):
        branding.add_image(workshop, "banner", FIXTURES / "logo.png")
    with pytest.raises(ValidationError, match="no logo or signature with id 42"):
        branding.remove_image(42)


def test_at_most_four_signatures(branding: BrandingService, workshop: int) -> None:
    for n in range(4):
        branding.add_image(workshop, "signature", FIXTURES / "signature.svg", signer_name=f"S{n}")
    with pytest.raises(ValidationError, match="at most 4 signatures"):
        branding.add_image(workshop, "signature", FIXTURES / "signature.svg", signer_name="S5")


def test_accent_and_margins_are_checked_and_none_means_the_default(
    empty_db: Database, branding: BrandingService, workshop: int
) -> None:
    assert branding.branding(workshop).accent is None
    branding.set_accent(workshop, " #8A1538 ")
    branding.set_margin(workshop, 22.5)
    shown = branding.branding(workshop)
    assert (shown.accent, shown.margin_mm) == ("#8a1538", 22.5)
    options = shown.page_options("letter")
    assert options.margin_mm == 22.5 and options.accent.hexval() == "0x8a1538"
    for bad in ("red", "#8a153", "8a1538", "#8a15388", "#ggg000"):
        with pytest.raises(ValidationError, match="is not a colour like #1f5f99"):
            branding.set_accent(workshop, bad)
    for mm in (4.9, 40.5, float("nan"), float("inf")):
        with pytest.raises(ValidationError, match="between 5 and 40 mm"):
            branding.set_margin(workshop, mm)
    with pytest.raises(ValidationError, match="between 5 and 40 mm"):
        branding.update_style(workshop, accent="#000000", margin_mm=2)  # neither is written
    assert branding.branding(workshop).accent == "#8a1538"
    branding.update_style(workshop, accent=None, margin_mm=None)
    shown = branding.branding(workshop)
    assert (shown.accent, shown.margin_mm) == (None, None)
    assert shown.page_options().margin_mm == 15.0
    with empty_db.session_scope() as session:
        assert session.scalar(select(func.count(WorkshopBranding.id))) == 1


def test_deleting_a_workshop_and_undoing_it_brings_its_branding_back(
    empty_db: Database, branding: BrandingService, workshop: int
) -> None:
    branding.add_image(workshop, "logo", FIXTURES / "logo.svg")
    branding.add_image(workshop, "signature", FIXTURES / "signature.png", signer_name="A. K.")
    branding.update_style(workshop, accent="#8a1538", margin_mm=20)
    before = branding.branding(workshop)
    workshops = WorkshopService(empty_db.session_scope)
    deleted = workshops.delete(workshop)
    assert _image_rows(empty_db) == 0  # the database cascaded
    restored = workshops.restore(deleted)
    after = branding.branding(restored)
    assert (after.accent, after.margin_mm) == ("#8a1538", 20.0)
    assert after.logos[0].data == before.logos[0].data
    assert after.signatures[0].signer_name == "A. K."


def test_copying_a_workshop_copies_its_branding_as_new_rows(
    empty_db: Database, branding: BrandingService, workshop: int
) -> None:
    branding.add_image(workshop, "logo", FIXTURES / "logo.png")
    branding.add_image(workshop, "logo", FIXTURES / "logo.svg")
    branding.add_image(workshop, "signature", FIXTURES / "signature.svg", signer_name="A. K.",
                       signer_title="Head of Office")  # fmt: skip
    branding.set_accent(workshop, "#123456")
    copy = WorkshopService(empty_db.session_scope).copy(workshop, date(2027, 3, 1))
    original, copied = branding.branding(workshop), branding.branding(copy)
    assert copied.accent == "#123456"
    assert [i.filename for i in copied.logos] == ["logo.png", "logo.svg"]
    assert copied.signatures[0].signer_title == "Head of Office"
    assert {i.id for i in copied.logos}.isdisjoint(i.id for i in original.logos)
    branding.remove_image(copied.logos[0].id)  # the copy is its own
    assert len(branding.branding(workshop).logos) == 2
