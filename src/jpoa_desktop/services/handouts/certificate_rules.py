"""Each workshop's rule for who earns a certificate and what it is called.

A workshop with no rule stored follows the rule certificates always had: present on 80 % of the
days, a certificate of participation. A rule may also ask for a post-test score; a certificate
of completion says the holder passed the post-test, so it cannot be had without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from jpoa_desktop.db.certificate_models import CertificateRule
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import workshop_or_error
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

WORDINGS = ("participation", "completion")


@dataclass(frozen=True)
class AwardRule:
    min_attendance: float = 0.8  # share of the workshop's days, 0–1
    min_post_score: float | None = None  # share of the post-test right, 0–1; None: not asked
    wording: str = "participation"  # or "completion"

    def as_json(self) -> dict[str, object]:
        return {
            "min_attendance": self.min_attendance,
            "min_post_score": self.min_post_score,
            "wording": self.wording,
        }


def check_rule(rule: AwardRule) -> None:
    """Refuse a rule no certificate could be printed under, with the reason in one line."""
    if not 0 <= rule.min_attendance <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The attendance rule must be between 0 and 100 % of the days."
            )
        )
    if rule.min_post_score is not None and not 0 <= rule.min_post_score <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The post-test score must be between 0 and 100 %.")
        )
    if rule.wording not in WORDINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a certificate wording: participation or completion."
            ),
            value=rule.wording,
        )
    if rule.wording == "completion" and rule.min_post_score is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A certificate of completion needs a minimum post-test score; "
                "set one, or print certificates of participation.",
            )
        )


class CertificateRuleService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def rule(self, workshop_id: int) -> AwardRule:
        """The workshop's rule, or the default one when none was set."""
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            row = session.scalar(
                select(CertificateRule).where(CertificateRule.workshop_id == workshop_id)
            )
            if row is None:
                return AwardRule()
            return AwardRule(row.min_attendance, row.min_post_score, row.wording)

    def set_rule(self, workshop_id: int, rule: AwardRule) -> AwardRule:
        """Store the workshop's rule (checked first: nothing is written when it is refused)."""
        check_rule(rule)
        with self._scope() as session:
            workshop_or_error(session, workshop_id)
            row = session.scalar(
                select(CertificateRule).where(CertificateRule.workshop_id == workshop_id)
            )
            if row is None:
                row = CertificateRule(workshop_id=workshop_id)
                session.add(row)
            row.min_attendance = rule.min_attendance
            row.min_post_score = rule.min_post_score
            row.wording = rule.wording
        return rule
