"""Tests, evaluations and certificates travel with their workshop: the questions its forms ask,
the forms, every person's sheet, the certificate rule and the register, matched on the other
laptop by what names them, so a second import changes nothing and a corrected sheet comes back
as an update."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.evaluation_rows import add_test_questions, classroom
from tests.scored_forms import add_form, answer
from tests.services.exchange.laptops import (
    laptop,
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    rows,
    send,
)

from jpoa_desktop.db.certificate_models import CertificateRule, IssuedCertificate
from jpoa_desktop.db.evaluation_models import FormSheet
from jpoa_desktop.model.evaluation import ItemKey, mark_sheet
from jpoa_desktop.services.container import Services

# The three questions as add_test_questions makes them, to mark a sheet corrected on laptop b.
KEYS = [ItemKey("single", "A"), ItemKey("single", "B"), ItemKey("single", "C")]


def _workshop_with_a_test(services: Services) -> int:
    room = classroom(services.db)
    questions = add_test_questions(services.db, 3)
    form = add_form(services.db, room.workshop_id, "pre", questions)
    for registration_id, answers in zip(
        room.registration_ids[:2], (["A", "B", "C"], ["A", "", "D"]), strict=True
    ):
        answer(services.db, form, registration_id, dict(zip(questions, answers, strict=True)))
    with services.db.session_scope() as session:
        session.add(CertificateRule(workshop_id=room.workshop_id, min_post_score=0.6))
        session.add(
            IssuedCertificate(
                number="2026-0000ABCD",
                registration_id=room.registration_ids[0],
                workshop_id=room.workshop_id,
                holder="Ҷӯраев Фарҳод",
                issued_on=date(2026, 3, 3),
                last_printed_on=date(2026, 3, 3),
            )
        )
    return room.workshop_id


SHEETS = (
    "SELECT p.family_name, s.answers, s.score FROM form_sheet s "
    "JOIN registration r ON r.id = s.registration_id JOIN person p ON p.id = r.person_id "
    "ORDER BY p.family_name"
)


def test_a_workshops_tests_and_certificates_arrive_whole_and_a_second_import_changes_nothing(
    tmp_path: Path,
    laptop_b: Services,
) -> None:
    a, b = laptop(tmp_path, "a"), laptop_b
    workshop = _workshop_with_a_test(a)
    send(a, b, tmp_path / "first.jpoa", ids=[workshop])
    assert rows(b, SHEETS) == rows(a, SHEETS)
    assert rows(b, SHEETS) == [
        ("Öwezowa", '["A", "", "D"]', 1 / 3),
        ("Ҷӯраев", '["A", "B", "C"]', 1.0),
    ]
    assert rows(b, "SELECT count(*) FROM question") == [(3,)]
    assert rows(b, "SELECT kind, count(*) FROM evaluation_form JOIN form_item ON form_id = "
                   "evaluation_form.id GROUP BY kind") == [("pre", 3)]  # fmt: skip
    assert rows(b, "SELECT min_post_score FROM certificate_rule") == [(0.6,)]
    assert rows(b, "SELECT number, holder FROM issued_certificate") == [
        ("2026-0000ABCD", "Ҷӯраев Фарҳод")
    ]
    again = send(a, b, tmp_path / "again.jpoa", ids=[workshop])
    assert again.added == {} or not any(again.added.values())
    assert not any(again.updated.values())


def test_a_sheet_corrected_on_one_laptop_comes_back_as_an_update(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = laptop(tmp_path, "a"), laptop_b
    workshop = _workshop_with_a_test(a)
    send(a, b, tmp_path / "first.jpoa", ids=[workshop])
    with b.db.session_scope() as session:
        sheet = session.query(FormSheet).filter(FormSheet.answers.isnot(None)).all()
        corrected = next(s for s in sheet if s.score is not None and s.score < 1)
        corrected.answers = ["A", "B", "C"]
        corrected.score, corrected.satisfaction = mark_sheet(KEYS, corrected.answers)
    outcome = send(b, a, tmp_path / "back.jpoa", ids=[workshop])
    assert outcome.updated.get("form_sheet") == 1
    assert [score for _name, _answers, score in rows(a, SHEETS)] == [1.0, 1.0]
