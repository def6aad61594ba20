"""What a handout changed so that it could print: names in their Latin spelling, letters the
fonts lack left out, texts cut to fit. The preview says how many under the page, and this
dialog lists them, so a trainer can correct the person's record before printing for real."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.handouts.common.printable import PrintNotice
from jpoa_desktop.ui.widgets.reason_list_dialog import ReasonListDialog

FIELDS = {
    "name": QT_TRANSLATE_NOOP("PrintNotices", "name"),
    "latin": QT_TRANSLATE_NOOP("PrintNotices", "Latin spelling"),
    "organisation": QT_TRANSLATE_NOOP("PrintNotices", "organisation"),
    "position": QT_TRANSLATE_NOOP("PrintNotices", "position"),
    "email": QT_TRANSLATE_NOOP("PrintNotices", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("PrintNotices", "phone"),
    "title": QT_TRANSLATE_NOOP("PrintNotices", "workshop title"),
    "place": QT_TRANSLATE_NOOP("PrintNotices", "place"),
    "organisers": QT_TRANSLATE_NOOP("PrintNotices", "organisers"),
    "session": QT_TRANSLATE_NOOP("PrintNotices", "session title"),
    "speakers": QT_TRANSLATE_NOOP("PrintNotices", "speakers"),
}


def field_text(field: str) -> str:
    source = FIELDS.get(field)
    return QCoreApplication.translate("PrintNotices", source) if source else field


def notice_text(notice: PrintNotice) -> str:
    """What happened to the text, in the interface language."""
    translate = QCoreApplication.translate
    if notice.kind == "latin":
        return translate(
            "PrintNotices", "The fonts cannot print this name; printed in Latin letters: {latin}"
        ).format(latin=notice.detail)
    if notice.kind == "unprintable":
        return translate(
            "PrintNotices", "Letters the fonts lack were left out of the {field}: {letters}"
        ).format(field=field_text(notice.field), letters=notice.detail)
    return translate(
        "PrintNotices", "The {field} was too long and was cut after {kept} of {length} letters"
    ).format(field=field_text(notice.field), kept=notice.kept, length=notice.length)


def summary(notices: Sequence[PrintNotice]) -> str:
    """One line for under the preview: how many of each kind (empty when none)."""
    latin = sum(1 for n in notices if n.kind == "latin")
    letters = sum(1 for n in notices if n.kind == "unprintable")
    cut = sum(1 for n in notices if n.kind == "cut")
    translate = QCoreApplication.translate
    # Counts by format, not %n: lupdate makes no plural forms for QCoreApplication.translate.
    parts = []
    if latin:
        parts.append(
            translate("PrintNotices", "names printed in Latin letters: {count}").format(count=latin)
        )
    if letters:
        parts.append(
            translate("PrintNotices", "texts with letters left out: {count}").format(count=letters)
        )
    if cut:
        parts.append(translate("PrintNotices", "texts cut to fit: {count}").format(count=cut))
    return " · ".join(parts)


class PrintNoticesDialog(ReasonListDialog):
    def __init__(self, notices: Sequence[PrintNotice], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What was changed to print"),
            self.tr(
                "The handout printed, but %n text(s) could not be printed as written. "
                "Correct the records to print them in full.",
                "",
                len(notices),
            ),
            (self.tr("Whose"), self.tr("What was changed")),
            [(n.person or self.tr("The workshop"), notice_text(n)) for n in notices],
            parent,
            who_width=200,
        )
        self.resize(680, 400)
