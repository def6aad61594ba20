"""Rows by id, or a message the user can act on when the id names nothing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from jpoa_desktop.db.workshop_models import Registration, Workshop
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


def workshop_or_error(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no workshop with id {id}."), id=workshop_id
        )
    return workshop


def registration_or_error(session: Session, registration_id: int) -> Registration:
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no registration with id {id}."),
            id=registration_id,
        )
    return registration
