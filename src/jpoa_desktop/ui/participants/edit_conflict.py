"""A person's record saved while a colleague saved it too: the conflict dialog (who, when,
both values of each field) asked from the person form, as for a workshop or a measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from jpoa_desktop.ui.strategies.conflict_dialog import caption, save_or_settle

if TYPE_CHECKING:
    from jpoa_desktop.services.people.people import PeopleService, PersonInput

FREE_TEXT = ("position", "notes", "organisation")  # merged by hand; names are picked whole


def _caption(fields: dict[str, QWidget], field: str) -> str:
    """The field's label in the person form (the row's label in its group)."""
    widget = fields.get(field)
    parent = widget.parentWidget() if widget is not None else None
    if widget is None or parent is None:
        return field
    layout = parent.layout()
    label = layout.labelForField(widget) if isinstance(layout, QFormLayout) else None
    return caption(label.text()) if isinstance(label, QLabel) else field


def settle_person(
    form: QWidget,
    fields: dict[str, QWidget],
    people: PeopleService,
    person_id: int,
    edit: tuple[PersonInput, PersonInput],
) -> tuple[PersonInput, PersonInput] | None:
    """The (before, after) the undoable edit should write: `edit` itself when no colleague
    saved the same fields, (theirs, mine or the merge) after Keep mine or Merge by hand, None
    after Take theirs. Decide later re-raises: the form stays open with what was typed."""
    return save_or_settle(
        lambda before, after: people.update(person_id, after, base=before),
        edit,
        lambda field: _caption(fields, field),
        form,
        ("person", FREE_TEXT),
    )
