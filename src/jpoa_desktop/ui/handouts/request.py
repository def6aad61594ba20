"""What the trainer asked for on the Handouts screen, as plain data, and building it.

The screen turns its widgets into a `HandoutRequest`; the preview, "Save as PDF", printing and
"print everything" all build through `build_handout`, on a worker, so they can never disagree
about what a handout with those options looks like.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.handouts.participant_list import DEFAULT_COLUMNS
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress

if TYPE_CHECKING:
    from jpoa_desktop.services.database import Database

# The kinds a trainer prints, in the order of a workshop (calibration lives in its own dialog).
SCREEN_KINDS = (
    "agenda",
    "participant-list",
    "sign-in",
    "badges",
    "table-tents",
    "certificates",
    "factsheet",
)
# Kinds that can print two languages side by side.
BILINGUAL = frozenset({"agenda", "participant-list", "sign-in", "certificates"})
# Kinds that need a workshop (the factsheet is from the library alone).
NEEDS_WORKSHOP = frozenset(SCREEN_KINDS) - {"factsheet"}


@dataclass(frozen=True)
class HandoutRequest:
    kind: str
    workshop_id: int | None
    language: str = "en"
    second: str | None = None
    paper: str = "a4"
    day: date | None = None  # sign-in sheets: one day, or every day when None
    sort: str = "name"
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    template: str | None = None  # badges: a named label sheet
    min_share: float = 0.8  # certificates: the share of days a holder attended
    pillar: int = 1
    offset_mm: tuple[float, float] = field(default=(0.0, 0.0))

    def for_kind(self, kind: str) -> HandoutRequest:
        return replace(self, kind=kind)

    def file_name(self, workshop_start: date | None) -> str:
        """`2026-11-24 badges ru.pdf`: sorts by date in a folder, says what and in which
        languages."""
        languages = "-".join(code for code in (self.language, self.second) if code)
        if self.kind not in BILINGUAL:
            languages = self.language
        parts = [workshop_start.isoformat()] if workshop_start else []
        parts.append(self.kind)
        if self.kind == "sign-in" and self.day is not None:
            parts.append(self.day.isoformat())
        parts.append(languages)
        return " ".join(parts) + ".pdf"


def build_handout(
    db: Database,
    request: HandoutRequest,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the handout to `out` (a temporary name, then renamed: no half-written file);
    return the texts and labels printed in another language for want of a translation
    (`Fallback`s, each saying which). `notices` is told what had to be changed to print (a
    Latin spelling, a letter left out, a text cut)."""
    from jpoa_desktop.services.handouts.handout_fallbacks import workshop_text_fallbacks
    from jpoa_desktop.services.handouts.handouts import HandoutService

    second = request.second if request.kind in BILINGUAL else None
    printed = HandoutService(db.session_scope).write(
        request.kind,
        request.workshop_id or 0,
        out,
        request.language,
        second=second,
        paper=request.paper,
        day=request.day,
        sort=request.sort,
        columns=request.columns,
        template=request.template,
        min_share=request.min_share,
        pillar=request.pillar,
        offset_mm=request.offset_mm,
        progress=progress,
        cancelled=cancelled,
        notices=notices,
    )
    workshop_id = request.workshop_id or 0
    return printed + workshop_text_fallbacks(
        db.session_scope, request.kind, workshop_id, request.language, second
    )
