"""The workshop's certificate rule: stored per workshop, refused when it cannot be printed under,
followed by who gets a certificate (attendance, then the post-test score) and by the wording the
PDF prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.evaluation_rows import NAMES, add_test_questions, classroom
from tests.scored_forms import add_form, answer, post_tested

from jpoa_desktop.db.certificate_models import CertificateRule
from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.certificate_rules import AwardRule, CertificateRuleService
from jpoa_desktop.services.handouts.certificates import CertificateService
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.handouts.request import HandoutRequest

# Five people over two days: the third was present on one day only (50 %).
PRESENT = (2, 2, 1, 2, 2)
# Post-test of five questions (right answers A B C D A): 5, 3, 5, 2 right; the fifth did not sit it.
POST = ("ABCDA", "ABCAB", "ABCDA", "ABBBB", None)


@pytest.fixture
def tested(empty_db: Database) -> tuple[Database, int, tuple[int, ...]]:
    room = post_tested(empty_db, POST, present_days=PRESENT)
    return empty_db, room.workshop_id, room.registration_ids


def test_a_workshop_without_a_rule_follows_the_old_one(tested) -> None:  # type: ignore[no-untyped-def]
    db, workshop, _ids = tested
    assert CertificateRuleService(db.session_scope).rule(workshop) == AwardRule(
        0.8, None, "participation"
    )
    holders, excluded = CertificateService(db.session_scope).eligible(workshop)
    assert len(holders) == 4  # attendance only: the post-test is not asked for
    assert [e.name for e in excluded] == ["Ким Ольга"]
    assert excluded[0].reason == "present on 1 of 2 days (50%); the rule asks for 80%"


def test_the_post_test_score_leaves_people_out_with_the_reason(tested) -> None:  # type: ignore[no-untyped-def]
    db, workshop, _ids = tested
    CertificateRuleService(db.session_scope).set_rule(workshop, AwardRule(0.8, 0.6, "completion"))
    holders, excluded = CertificateService(db.session_scope).eligible(workshop)
    # Ҷӯраев 5/5 = 100 %, Öwezowa 3/5 = 60 % (just enough): certificates.
    assert sorted(name for _id, name, _l, _u in holders) == ["Öwezowa Maýsa", "Ҷӯраев Фарҳод"]
    reasons = {e.name: e.reason for e in excluded}
    assert reasons == {
        "Ким Ольга": "present on 1 of 2 days (50%); the rule asks for 80%",  # attendance first
        "Қасымов Ерлан": "post-test 40%, the rule asks for 60%",  # 2 of 5
        "Toshmatova Dilnoza": "no post-test",
    }
    short = next(e for e in excluded if e.name == "Қасымов Ерлан")
    assert short.post_score == pytest.approx(0.4)
    assert short.min_post_score == 0.6


def test_the_rule_is_stored_once_per_workshop_and_changed_in_place(tested) -> None:  # type: ignore[no-untyped-def]
    db, workshop, _ids = tested
    rules = CertificateRuleService(db.session_scope)
    rules.set_rule(workshop, AwardRule(1.0, None, "participation"))
    rules.set_rule(workshop, AwardRule(0.5, 0.5, "participation"))
    assert rules.rule(workshop) == AwardRule(0.5, 0.5, "participation")
    with db.session_scope() as session:
        assert session.query(CertificateRule).count() == 1
    holders, excluded = CertificateService(db.session_scope).eligible(workshop)
    assert (
        len(holders) == 3 and len(excluded) == 2
    )  # Ким (one day of two, 100 %) passes now; 40 % and no post-test do not


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (AwardRule(0.8, None, "completion"), "certificate of completion needs a minimum post-test"),
        (AwardRule(1.2, None, "participation"), "between 0 and 100 % of the days"),
        (AwardRule(0.8, -0.1, "participation"), "post-test score must be between 0 and 100 %"),
        (AwardRule(0.8, 0.5, "attendance"), "is not a certificate wording"),
    ],
)
def test_a_rule_no_certificate_could_follow_is_refused_and_nothing_is_written(  # type: ignore[no-untyped-def]
    tested, rule: AwardRule, words: str
) -> None:
    db, workshop, _ids = tested
    with pytest.raises(ValidationError, match=words):
        CertificateRuleService(db.session_scope).set_rule(workshop, rule)
    with db.session_scope() as session:
        assert session.query(CertificateRule).count() == 0


def _heading(path: Path) -> str:
    """The first page's text, its lines joined (a heading may wrap)."""
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_the_pdf_says_completion_or_participation_in_its_languages(tested, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, workshop, _ids = tested
    handouts = HandoutService(db.session_scope)
    request = HandoutRequest("certificates", workshop, "en", "ru")
    handouts.build(request, tmp_path / "participation.pdf")
    text = _heading(tmp_path / "participation.pdf")
    assert "Certificate of participation" in text and "Сертификат участника" in text
    assert "took part in" in text

    CertificateRuleService(db.session_scope).set_rule(workshop, AwardRule(0.8, 0.6, "completion"))
    handouts.build(request, tmp_path / "completion.pdf")
    text = _heading(tmp_path / "completion.pdf")
    assert "Certificate of completion" in text and "Сертификат о прохождении обучения" in text
    assert "successfully completed" in text and "took part" not in text
    assert len(PdfReader(tmp_path / "completion.pdf").pages) == 2  # the two who passed

    handouts.build(HandoutRequest("certificates", workshop, "kk"), tmp_path / "kk.pdf")
    assert "Оқуды аяқтағаны туралы сертификат" in _heading(tmp_path / "kk.pdf")


def test_no_one_passing_the_post_test_is_a_clear_refusal(
    empty_db: Database, tmp_path: Path
) -> None:
    room = classroom(empty_db, names=NAMES[:2])
    questions = add_test_questions(empty_db, 5)
    post = add_form(empty_db, room.workshop_id, "post", questions)
    for registration in room.registration_ids:  # "AAAAA": questions 1 and 5 right, 40 %
        answer(empty_db, post, registration, dict.fromkeys(questions, "A"))
    rules = CertificateRuleService(empty_db.session_scope)
    rules.set_rule(room.workshop_id, AwardRule(0.8, 0.6, "completion"))
    with pytest.raises(ValidationError, match="attendance and post-test score"):
        HandoutService(empty_db.session_scope).build(
            HandoutRequest("certificates", room.workshop_id, "en"), tmp_path / "none.pdf"
        )
    assert not (tmp_path / "none.pdf").exists()
