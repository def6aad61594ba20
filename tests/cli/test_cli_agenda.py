"""`jpoa workshop show` lists the agenda; `jpoa attendance mark --session` marks one session."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa

from jpoa_desktop.model.agenda import SessionInput
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService

DAY1, DAY2 = date(2026, 12, 1), date(2026, 12, 2)


def _workshop_with_agenda(tmp_path: Path) -> tuple[int, int, str]:
    """(workshop id, id of its panel session, badge code of a participant)."""
    db = open_database(str(tmp_path / "w.sqlite"))
    ContentService(db.session_scope).load_builtin()
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Border security"}, start=DAY1, end=DAY2, city="Osh")
    )
    people = PeopleService(db.session_scope)
    speaker = people.add(PersonInput("Юсупов", "Тимур"))
    workshops.register(workshop, speaker, role="speaker")
    code = workshops.register(workshop, people.add(PersonInput("Ким", "Ольга")))
    agenda = AgendaService(db.session_scope)
    agenda.add_session(
        workshop, SessionInput(DAY1, time(9), time(9, 30), {"en": "Opening", "ru": "Открытие"})
    )
    panel = agenda.add_session(
        workshop,
        SessionInput(
            DAY2,
            time(10),
            time(11, 30),
            {"en": "Border management", "ru": "Управление границами"},
            kind="plenary",
            speakers=(speaker,),
            tags=("pillar-2", "area-ii.3"),
        ),
    )
    db.dispose()
    return workshop, panel, code


def test_workshop_show_lists_the_agenda_by_day(tmp_path: Path) -> None:
    workshop, panel, _code = _workshop_with_agenda(tmp_path)
    shown = as_json(jpoa("workshop", "show", str(workshop), "--json", "--lang", "ru", cwd=tmp_path))
    assert [d["day"] for d in shown["agenda"]] == ["2026-12-01", "2026-12-02"]
    assert [s["title"] for s in shown["agenda"][0]["sessions"]] == ["Открытие"]
    assert shown["agenda"][1]["sessions"] == [
        {
            "id": panel,
            "start": "10:00",
            "end": "11:30",
            "title": "Управление границами",
            "kind": "plenary",
            "speakers": ["Юсупов Тимур"],
            "tags": ["pillar-2", "area-ii.3"],
        }
    ]
    text = jpoa("workshop", "show", str(workshop), cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "Day 2, 2026-12-02" in text.stdout
    assert f"10:00–11:30  [{panel}] Border management (plenary) — Юсупов Тимур" in text.stdout


def test_attendance_mark_with_a_session_marks_it_on_its_day(tmp_path: Path) -> None:
    workshop, panel, code = _workshop_with_agenda(tmp_path)
    args = ("attendance", "mark", "--workshop", str(workshop), "--code", code)
    marked = as_json(jpoa(*args, "--session", str(panel), "--json", cwd=tmp_path))
    assert marked["day"] == "2026-12-02" and marked["already"] is False
    again = as_json(jpoa(*args, "--session", str(panel), "--json", cwd=tmp_path))
    assert again["already"] is True
    wrong_day = jpoa(*args, "--session", str(panel), "--day", "2026-12-01", cwd=tmp_path)
    assert wrong_day.returncode == 2 and "not on 2026-12-01" in wrong_day.stderr
    missing = jpoa(*args, "--session", "9999", cwd=tmp_path)
    assert missing.returncode == 2 and "no agenda session with id 9999" in missing.stderr
    db = open_database(str(tmp_path / "w.sqlite"))
    (row,) = [
        r for r in AttendanceService(db.session_scope).marks(workshop) if r.badge_code == code
    ]
    db.dispose()
    assert row.days_present == (DAY2,)


def test_handout_agenda_writes_a_two_language_pdf(tmp_path: Path) -> None:
    workshop, _panel, _code = _workshop_with_agenda(tmp_path)
    result = jpoa(
        "handout", "agenda", "--workshop", str(workshop), "--lang", "ru", "--second-lang", "en",
        "--out", "agenda.pdf", "--json", cwd=tmp_path,
    )  # fmt: skip
    report = as_json(result)
    assert report["file"] == "agenda.pdf"
    # the workshop has only an English title: the Russian side says so
    assert report["fallbacks"] == [{"text": "workshop title", "language": "en"}]
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "agenda.pdf").pages)
    assert "Управление границами" in text and "Border management" in text
    assert "Юсупов Тимур" in text


def test_handout_for_a_missing_workshop_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    _workshop_with_agenda(tmp_path)
    result = jpoa("handout", "agenda", "--workshop", "99", "--out", "x.pdf", cwd=tmp_path)
    assert result.returncode == 2
    assert "There is no workshop with id 99." in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_certificate_verify_exits_0_when_valid_and_1_when_tampered(tmp_path: Path) -> None:
    workshop, _panel, badge = _workshop_with_agenda(tmp_path)
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        data, _excluded = CertificateService(db.session_scope).data(workshop, ("en",), 0.0)
    finally:
        db.dispose()
    code = data.certificates[0].code
    assert jpoa("handout", "certificates", "--workshop", str(workshop), "--attendance", "0",
                "--out", "c.pdf", cwd=tmp_path).returncode == 0  # fmt: skip
    nobody = jpoa("handout", "certificates", "--workshop", str(workshop), "--attendance", "50",
                  "--out", "none.pdf", cwd=tmp_path)  # fmt: skip
    assert nobody.returncode == 2 and not (tmp_path / "none.pdf").exists()
    assert "No one met the attendance rule (50 % of the days)" in nobody.stderr
    assert "2 registered people were left out" in nobody.stderr
    day = DAY1.isoformat()
    assert jpoa("attendance", "mark", "--workshop", str(workshop), "--day", day, "--code", badge,
                cwd=tmp_path).returncode == 0  # fmt: skip
    strict = jpoa("handout", "certificates", "--workshop", str(workshop), "--attendance", "50",
                  "--out", "c.pdf", "--json", cwd=tmp_path)  # fmt: skip
    left_out = as_json(strict)["left_out"]
    assert len(left_out) == 1
    assert left_out[0]["reason"] == "present on 0 of 2 days (0%); the rule asks for 50%"
    assert left_out[0]["name"] in ("Юсупов Тимур", "Ким Ольга")
    valid = as_json(jpoa("certificate", "verify", code, "--json", cwd=tmp_path))
    assert valid["valid"] is True and valid["certificate"]["number"] == data.certificates[0].number
    assert valid["issuer"]["own"] is True
    tampered = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    result = jpoa("certificate", "verify", tampered, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout.startswith("NOT valid")
    assert jpoa("certificate", "export-key", "ours.pem", cwd=tmp_path).returncode == 0
    assert "-----BEGIN PUBLIC KEY-----" in (tmp_path / "ours.pem").read_text()
