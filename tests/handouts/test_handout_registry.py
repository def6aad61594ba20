"""Every handout kind in the registry builds through the same call, from a small demo database:
the service gathers the data, `HandoutKind.build(data, options, out, progress, cancelled)`
writes the PDF, and its text reads back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jpoa_desktop.errors import Cancelled
from jpoa_desktop.handouts.registry import (
    CERTIFICATES,
    KEYS,
    KINDS,
    SCREEN_KINDS,
    HandoutKind,
    kind,
    taking,
)
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.services.library.content import ContentService


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built-in library and the small demo, made once for the module."""
    from jpoa_desktop.services.demo.demo import DemoService

    path = tmp_path_factory.mktemp("registry") / "demo.sqlite"
    db = open_database(str(path))
    ContentService(db.session_scope).load_builtin()
    DemoService(db.session_scope).load("small", today=date(2026, 6, 2))
    db.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy for each test: certificates sign with a key made for the test's own folders."""
    copy = tmp_path / "copy" / "demo.sqlite"
    copy.parent.mkdir()
    with sqlite3.connect(demo_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    db = open_database(str(copy))
    yield db
    db.dispose()


def _workshop(services: Services) -> tuple[int, str]:
    """A demo workshop with people, and its Russian title."""
    summary = next(w for w in services.workshops.workshops("ru") if w.participants)
    return summary.id, summary.title


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


@pytest.mark.parametrize("handout", KINDS, ids=[k.key for k in KINDS])
def test_every_kind_builds_a_pdf_through_the_same_build_call(
    handout: HandoutKind, demo: Database, tmp_path: Path
) -> None:
    services = Services(demo)
    workshop_id, title = _workshop(services)
    request = HandoutRequest(handout.key, workshop_id, "ru", "en", min_share=0.0)
    data, options = services.handouts.data_for(request)
    steps: list[tuple[int, int]] = []
    out = tmp_path / f"{handout.key}.pdf"

    english = handout.build(data, options, out, lambda d, t: steps.append((d, t)), lambda: False)

    assert isinstance(english, list)
    assert steps and steps[-1][0] == steps[-1][1]  # the progress ends at its total
    text = " ".join(_text(out).split())
    assert len(PdfReader(out).pages) >= 1
    if handout.prints_title and handout.bilingual:  # a badge's title is small, maybe cut
        assert " ".join(title.split())[:20] in text
    if handout.key in ("badges", "table-tents", "participant-list", "sign-in"):
        first = services.workshops.registrations(workshop_id)[0]
        assert first.name.split()[0] in text
    if handout.key == "factsheet":
        assert "JPoA" in text or "ПССД" in text or len(text) > 200
    if handout.key == "calibration":
        assert "a4-2x4" in text


def test_a_cancelled_build_writes_no_file(demo: Database, tmp_path: Path) -> None:
    services = Services(demo)
    workshop_id, _title = _workshop(services)
    data, options = services.handouts.data_for(
        HandoutRequest(CERTIFICATES.key, workshop_id, "en", min_share=0.0)
    )
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        CERTIFICATES.build(data, options, folder / "certificates.pdf", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_the_command_and_the_screen_offer_the_registry_kinds() -> None:
    assert tuple(sorted(k.key for k in KINDS)) == KEYS
    assert tuple(k.key for k in KINDS if k.key != "calibration") == SCREEN_KINDS
    assert taking("offset") == ["badges", "calibration"]
    assert kind("sign-in").bilingual and not kind("badges").bilingual


def test_an_unknown_kind_is_refused_with_the_kinds_there_are() -> None:
    from jpoa_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="agenda, answer-key, badges, calibration"):
        kind("posters")
