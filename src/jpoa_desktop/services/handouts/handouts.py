"""Printing a handout: the kind's data from the database, built by the kind's module.

Every kind goes one way (`handouts/registry.py`): `HandoutData.data_for` reads what it prints,
the registry's `build` prints it. The screen, the command and the tests all come through here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jpoa_desktop.handouts import registry
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.handouts.participant_list import DEFAULT_COLUMNS
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.handouts.handout_data import HandoutData
from jpoa_desktop.services.handouts.handout_fallbacks import workshop_text_fallbacks
from jpoa_desktop.services.handouts.request import HandoutRequest


class HandoutService(HandoutData):
    def build(
        self,
        request: HandoutRequest,
        out: Path,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[str]:
        """Write the handout to `out` (a temporary name, then renamed: no half-written file);
        return the texts and labels printed in another language for want of a translation
        (`Fallback`s, each saying which): the handout's labels and library texts, and the
        workshop's own titles.

        A text that could not be printed as written never stops the handout: `notices` is
        told of each name printed in its Latin spelling, each letter left out and each text
        cut to fit, for the preview and the `jpoa handout` command to list."""
        handout = registry.kind(request.kind)
        data, options = self.data_for(request)
        printed = handout.build(data, options, out, progress, cancelled, notices)
        second = request.second if handout.bilingual else None
        return printed + workshop_text_fallbacks(
            self._scope, request.kind, request.workshop_id or 0, request.language, second
        )

    def write(
        self,
        kind: str,
        workshop_id: int,
        out: Path,
        language: str,
        second: str | None = None,
        paper: str = "a4",
        day: date | None = None,
        sort: str = "name",
        columns: tuple[str, ...] = DEFAULT_COLUMNS,
        template: str | None = None,
        min_share: float = 0.8,
        pillar: int = 1,
        offset_mm: tuple[float, float] = (0.0, 0.0),
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[str]:
        """Write handout `kind` to `out`, the request's fields as arguments (scripts and
        tests); return only the labels printed in English for want of a translation."""
        request = HandoutRequest(
            kind, workshop_id, language, second, paper, day, sort, columns, template,
            min_share, pillar, offset_mm,
        )  # fmt: skip
        data, options = self.data_for(request)
        return registry.kind(kind).build(data, options, out, progress, cancelled, notices)
