"""Who gets no certificate under the attendance rule, and why, in the interface language; and the
one line under the rule that counts them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from jpoa_desktop.services.handouts.certificates import Exclusion
from jpoa_desktop.ui.handouts.desk import CertificateOutlook
from jpoa_desktop.ui.widgets.reason_list_dialog import ReasonListDialog


class OutlookWords(QObject):
    """Counts worded through `self.tr`, the one call lupdate gives plural forms in the catalogue."""

    def line(self, outlook: CertificateOutlook) -> str:
        """ "12 certificates; 3 persons left out"."""
        text = self.tr("%n certificate(s)", "", outlook.holders)
        if outlook.left_out:
            text += "; " + self.tr("%n person(s) left out", "", len(outlook.left_out))
        return text


def outlook_text(outlook: CertificateOutlook) -> str:
    return OutlookWords().line(outlook)


def reason_text(exclusion: Exclusion, rule_percent: int) -> str:
    """Worded from the numbers (the service's reason is English, for the log)."""
    if exclusion.cancelled:
        return QCoreApplication.translate("LeftOutDialog", "Registration cancelled")
    if exclusion.erased:
        return QCoreApplication.translate("LeftOutDialog", "Personal data erased")
    if exclusion.min_post_score is not None:
        return _score_text(exclusion.post_score, exclusion.min_post_score)
    return QCoreApplication.translate(
        "LeftOutDialog", "Present on {present} of {days} days; the rule asks for {rule} %"
    ).format(present=exclusion.days_present, days=exclusion.days, rule=rule_percent)


def _score_text(score: float | None, rule: float) -> str:
    if score is None:
        return QCoreApplication.translate("LeftOutDialog", "Did not take the post-test")
    return QCoreApplication.translate(
        "LeftOutDialog", "Post-test {score} %; the rule asks for {rule} %"
    ).format(score=round(score * 100), rule=round(rule * 100))


class LeftOutDialog(ReasonListDialog):
    def __init__(
        self, left_out: Sequence[Exclusion], rule_percent: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Who gets no certificate"),
            self.tr(
                "%n person(s) did not meet the attendance rule of {rule} %.", "", len(left_out)
            ).format(rule=rule_percent),
            (self.tr("Name"), self.tr("Why")),
            [(e.name, reason_text(e, rule_percent)) for e in left_out],
            parent,
        )
        self.resize(560, 380)
