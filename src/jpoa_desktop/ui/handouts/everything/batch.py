""" "Print everything for tomorrow": every chosen handout into one folder, then to the printer.

Runs on a worker. Each file is written under a temporary name and renamed when complete, so a
cancelled or failed run leaves the handouts finished before it and no half-written file. Each
handout counts for the same share of the progress bar, whatever its number of pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.handouts.request import HandoutRequest

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from jpoa_desktop.services.handouts.handouts import HandoutService

STEP = 100  # progress units per handout (and per printing of it)

PrintFile = Callable[[Path, "QPrinter", Progress, CancelCheck], None]


@dataclass
class BatchOutcome:
    """What a run produced so far: filled in as it goes, so a cancelled run can say it."""

    saved: list[Path] = field(default_factory=list)
    printed: list[Path] = field(default_factory=list)
    english_labels: set[str] = field(default_factory=set)
    # What each handout changed to print (a Latin spelling, a letter left out, a text cut).
    notices: PrintNotices = field(default_factory=PrintNotices)


def run_batch(
    handouts: HandoutService,
    requests: list[HandoutRequest],
    folder: Path,
    workshop_start: date | None,
    outcome: BatchOutcome,
    printer: QPrinter | None = None,
    print_file: PrintFile | None = None,
    *,
    progress: Progress,
    cancelled: CancelCheck,
) -> BatchOutcome:
    """Build each request into `folder` (and print it when `printer` is given)."""
    folder.mkdir(parents=True, exist_ok=True)
    steps = len(requests) * (2 if printer is not None else 1)
    total = steps * STEP
    done = 0

    def stop_if_cancelled() -> None:
        if cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled before every handout was done."))

    def part(offset: int) -> Progress:
        return lambda n, of: progress(offset + (n * STEP // of if of else 0), total)

    for request in requests:
        stop_if_cancelled()
        target = folder / request.file_name(workshop_start)
        notices = PrintNotices()
        outcome.english_labels.update(
            handouts.save(request, target, part(done), cancelled, notices=notices)
        )
        outcome.notices.items.extend(n for n in notices.items if n not in outcome.notices.items)
        outcome.saved.append(target)
        done += STEP
        progress(done, total)
    if printer is not None and print_file is not None:
        for target in outcome.saved:
            stop_if_cancelled()
            print_file(target, printer, part(done), cancelled)
            outcome.printed.append(target)
            done += STEP
            progress(done, total)
    return outcome
