"""What someone asked to print, as plain data: the kind, the workshop and every option.

The Handouts screen turns its widgets into a `HandoutRequest`, the `jpoa handout` command its
arguments; both hand it to `HandoutService.build`, so the preview, "Save as PDF", printing,
"print everything" and the command can never disagree about what a handout looks like.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from jpoa_desktop.handouts.participant_list import DEFAULT_COLUMNS
from jpoa_desktop.handouts.registry import DAY, kind


@dataclass(frozen=True)
class HandoutRequest:
    kind: str  # a key of `handouts.registry.KINDS`
    workshop_id: int | None  # None (or 0) for the kinds that need no workshop
    language: str = "en"
    second: str | None = None  # kinds that print two languages side by side
    paper: str = "a4"
    day: date | None = None  # sign-in sheets: one day, or every day when None
    sort: str = "name"
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    template: str | None = None  # badges: a named label sheet
    min_share: float | None = None  # certificates: share of days attended; None: the rule's
    pillar: int = 1
    offset_mm: tuple[float, float] = field(default=(0.0, 0.0))
    forms: str = ""  # tests and evaluations: one of `registry.FORM_COPIES`; "" the kind's own
    verify_url: str = ""  # certificates: the verifier page's address, for the QR codes

    def for_kind(self, key: str) -> HandoutRequest:
        return replace(self, kind=key)

    def file_name(self, workshop_start: date | None) -> str:
        """`2026-11-24 badges ru.pdf`: sorts by date in a folder, says what and in which
        languages."""
        handout = kind(self.kind)
        languages = "-".join(code for code in (self.language, self.second) if code)
        if not handout.bilingual:
            languages = self.language
        parts = [workshop_start.isoformat()] if workshop_start else []
        parts.append(self.kind)
        if DAY in handout.options and self.day is not None:
            parts.append(self.day.isoformat())
        parts.append(languages)
        return " ".join(parts) + ".pdf"
