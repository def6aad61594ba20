"""A workshop's details saved while a colleague saved them too: the same conflict dialog as a
measure's (who, when, both values), asked from the workshop form.

Kept out of the form and the screen's actions: this module only turns the user's answer into
the save to make, or into none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jpoa_desktop.ui.strategies.conflict_dialog import caption, save_or_settle

if TYPE_CHECKING:
    from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
    from jpoa_desktop.ui.workshops.workshop_form import WorkshopForm

FREE_TEXT = ("titles.", "venue", "city", "notes")  # merged by hand; the rest are picked


def _caption(form: WorkshopForm, field: str) -> str:
    """A field as the form labels it: "titles.ru" is the Russian title's row, start and end
    are the dates' row."""
    key = field.replace("titles.", "title_") if field.startswith("titles.") else field
    key = "dates" if key in ("start", "end") else key
    row_label = form.captions.get(key)
    return caption(row_label.text()) if row_label is not None else field


def save_workshop(
    form: WorkshopForm,
    service: WorkshopService,
    workshop_id: int,
    edit: tuple[WorkshopInput, WorkshopInput],
) -> tuple[WorkshopInput, WorkshopInput] | None:
    """Save `edit` (as read, as typed) checked; on a conflict ask the user. Return what was
    written as (before, after) for undo, or None after "take theirs" (nothing written).
    Decide later re-raises the conflict: the form keeps what was typed and says why."""
    settled = save_or_settle(
        lambda before, after: service.update(workshop_id, after, base=before),
        edit,
        lambda field: _caption(form, field),
        form,
        ("workshop", FREE_TEXT),
    )
    if settled is not None and settled is not edit:  # settled over theirs: saved now, checked
        service.update(workshop_id, settled[1], base=settled[0])
    return settled
