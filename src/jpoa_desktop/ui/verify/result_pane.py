"""The Verify screen's answer: green "Valid" with what the certificate says, red "Not valid" with
why, amber when the key itself is the problem (nothing was checked, so nothing is condemned).

The colour says it before anyone reads it, and a symbol repeats it for those who cannot tell the
colours apart. What a code that failed claims is still shown, marked as not confirmed: the
person at the desk sees whose certificate was tampered with. Each answer is kept as a way to draw
it, so it is drawn again in the new language when the language changes while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jpoa_desktop.services.handouts.certificate_codes import Claim
from jpoa_desktop.texts.formatting import date_span
from jpoa_desktop.ui.i18n import interface_language
from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.verify.checker import Check, Problem
from jpoa_desktop.ui.widgets import outcome_card as card
from jpoa_desktop.ui.widgets.outcome_card import set_font as _font

# Each look of the pane, as the outcome card draws it.
IDLE, VALID, INVALID, UNCHECKED = "idle", "valid", "invalid", "unchecked"
STYLES = {IDLE: card.IDLE, VALID: card.GOOD, INVALID: card.BAD, UNCHECKED: card.WARNING}
FIELD_COUNT = 7


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def format_dates(dates: str, language: str) -> str:
    """`2026-12-01/2026-12-03` as "1–3 December 2026" in `language`, as the certificate prints
    it; the text as it is when it is not two ISO dates (a code made by a later version, say)."""
    try:
        start, end = (date.fromisoformat(part) for part in dates.split("/"))
    except ValueError:
        return dates
    return date_span(start, end, language)


class ResultPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(220)
        self.look = IDLE
        self.dates_language = interface_language()  # until the screen says
        self.symbol = card.symbol_label(self)
        self.headline = _selectable(QLabel(self))
        self.headline.setObjectName("verifyHeadline")
        _font(self.headline, 28, True)
        self.reason = _selectable(QLabel(self))
        _font(self.reason, 14, False)
        self.caption = _selectable(QLabel(self))
        _font(self.caption, 11, False)
        self.field_names = [QLabel(self) for _n in range(FIELD_COUNT)]
        self.field_values = [_selectable(QLabel(self)) for _n in range(FIELD_COUNT)]
        for name in self.field_names:
            _font(name, 12, False)
        for value in self.field_values:
            _font(value, 13, False)
        _font(self.field_values[1], 16, True)  # the holder, the first thing to compare
        self.key_note = _selectable(QLabel(self))
        _font(self.key_note, 10, False)
        self.fields = QFormLayout()
        self.fields.setHorizontalSpacing(14)
        self.fields.setVerticalSpacing(6)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name, value in zip(self.field_names, self.field_values, strict=True):
            self.fields.addRow(name, value)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        texts.addWidget(self.headline)
        texts.addWidget(self.reason)
        texts.addSpacing(8)
        texts.addWidget(self.caption)
        texts.addLayout(self.fields)
        texts.addStretch(1)
        texts.addWidget(self.key_note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self._render: Callable[[], None] = self._idle
        self._render()

    # What the screen asks for.
    def show_idle(self) -> None:
        self._show(self._idle)

    def show_check(self, check: Check, key: str) -> None:
        """The outcome of `check`; `key` says what it was checked against, in words."""
        self._show(lambda: self._checked(check, key))

    def set_language(self, language: str) -> None:
        self.dates_language = language
        self._render()

    def field_text(self) -> str:
        """Every field shown, one `name value` a line (for tests and the clipboard)."""
        return "\n".join(
            f"{name.text()} {value.text()}"
            for name, value in zip(self.field_names, self.field_values, strict=True)
            if value.isVisibleTo(self)
        )

    # Drawing.
    def _show(self, render: Callable[[], None]) -> None:
        self._render = render
        render()

    def _idle(self) -> None:
        self._paint(IDLE, self.tr("Ready"), self.tr("Scan a certificate's QR code or paste it"))
        self._fill(None, "")
        self.key_note.setText("")

    def _checked(self, check: Check, key: str) -> None:
        problem = check.problem
        if problem is Problem.EMPTY:
            self._idle()
            return
        if check.valid:
            issuer = check.issuer
            who = (issuer.name or issuer.fingerprint) if issuer is not None else ""
            self._paint(
                VALID,
                self.tr("Valid"),
                self.tr("Signed by {issuer} and not changed since.").format(issuer=who)
                if who
                else self.tr("Issued with this key and not changed since."),
            )
            caption = ""
        elif problem in (Problem.UNREADABLE, Problem.MISMATCH):
            self._paint(INVALID, self.tr("Not valid"), self._why(check))
            caption = self.tr("What the code claims (not confirmed):")
        else:
            self._paint(UNCHECKED, self.tr("Cannot check"), self._why(check))
            caption = self.tr("What the code claims (not yet checked):")
        self._fill(check.claim, caption)
        self.key_note.setText(self.tr("Key: {key}").format(key=key) if key else "")

    def _why(self, check: Check) -> str:
        problem = check.problem
        if problem is Problem.UNREADABLE:
            said = describe(check.error) if check.error is not None else ""
            return " ".join(
                part for part in (said, self.tr("Scan it again, or paste the whole text.")) if part
            )
        if problem is Problem.MISMATCH and check.trusted:
            return self.tr(
                "The signature does not match any issuer this computer trusts: the text was "
                "changed after it was issued, or the issuer is not among the Trusted issuers "
                "(Ctrl+T)."
            )
        if problem is Problem.MISMATCH:
            return self.tr(
                "The signature does not match: the text was changed after it was issued, or "
                "the certificate was signed with another organisation's key."
            )
        if problem is Problem.KEY_MISSING:
            return self.tr(
                "The public key file is not there any more. Choose the issuer's public key "
                "file (Ctrl+O)."
            )
        if problem is Problem.KEY_UNREADABLE:
            said = describe(check.error) if check.error is not None else ""
            return " ".join(
                part
                for part in (said, self.tr("Choose the public key file the issuer exported."))
                if part
            )
        if check.trusted:
            return self.tr(
                "No issuer is trusted on this computer yet. Choose the issuer's public key file "
                "(Ctrl+O), or add it once under Trusted issuers (Ctrl+T)."
            )
        return self.tr("Choose the issuer's public key file to check against (Ctrl+O).")

    def _paint(self, look: str, headline: str, reason: str) -> None:
        self.look = look
        card.paint(self, self.symbol, STYLES[look])
        self.headline.setText(headline)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def _fill(self, claim: Claim | None, caption: str) -> None:
        rows: list[tuple[str, str]] = []
        if claim is not None:
            latin = claim.latin if claim.latin and claim.latin != claim.holder else ""
            rows = [
                (self.tr("Certificate No.:"), claim.number),
                (self.tr("Holder:"), claim.holder),
                (self.tr("In Latin letters:"), latin),
                (self.tr("Workshop:"), claim.workshop),
                (self.tr("Dates:"), format_dates(claim.dates, self.dates_language)),
                (self.tr("Place:"), claim.place),
                (self.tr("Teaching hours:"), claim.hours),
            ]
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        for row in range(FIELD_COUNT):
            name, value = rows[row] if row < len(rows) else ("", "")
            self.field_names[row].setText(name)
            self.field_values[row].setText(value)
            self.fields.setRowVisible(row, bool(value))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
