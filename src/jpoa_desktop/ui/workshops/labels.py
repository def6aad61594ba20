"""Names of the workshop's fixed values in the interface language (the database keeps codes).

The codes repeat `db.workshop_models` (screens never import db/); a service test checks they agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

kind_label = CodeLabels(
    "WorkshopLabels",
    {
        "workshop": QT_TRANSLATE_NOOP("WorkshopLabels", "Workshop"),
        "training_course": QT_TRANSLATE_NOOP("WorkshopLabels", "Training course"),
        "expert_meeting": QT_TRANSLATE_NOOP("WorkshopLabels", "Expert meeting"),
        "conference": QT_TRANSLATE_NOOP("WorkshopLabels", "Conference"),
        "tabletop_exercise": QT_TRANSLATE_NOOP("WorkshopLabels", "Table-top exercise"),
    },
)
status_label = CodeLabels(
    "WorkshopLabels",
    {
        "planned": QT_TRANSLATE_NOOP("WorkshopLabels", "Planned"),
        "held": QT_TRANSLATE_NOOP("WorkshopLabels", "Held"),
        "cancelled": QT_TRANSLATE_NOOP("WorkshopLabels", "Cancelled"),
    },
)
role_label = CodeLabels(
    "WorkshopLabels",
    {
        "participant": QT_TRANSLATE_NOOP("WorkshopLabels", "Participant"),
        "speaker": QT_TRANSLATE_NOOP("WorkshopLabels", "Speaker"),
        "facilitator": QT_TRANSLATE_NOOP("WorkshopLabels", "Facilitator"),
        "organiser": QT_TRANSLATE_NOOP("WorkshopLabels", "Organiser"),
        "observer": QT_TRANSLATE_NOOP("WorkshopLabels", "Observer"),
    },
)
_registration_statuses = CodeLabels(
    "WorkshopLabels",
    {
        "invited": QT_TRANSLATE_NOOP("WorkshopLabels", "Invited"),
        "confirmed": QT_TRANSLATE_NOOP("WorkshopLabels", "Confirmed"),
        "attended": QT_TRANSLATE_NOOP("WorkshopLabels", "Attended"),
        "no_show": QT_TRANSLATE_NOOP("WorkshopLabels", "No-show"),
        "cancelled": "",  # named below: the same English word as a workshop's, another meaning
    },
)

KINDS = kind_label.codes
STATUSES = status_label.codes
ROLES = role_label.codes
REGISTRATION_STATUSES = _registration_statuses.codes
LANGUAGES = ("ru", "en", "kk", "ky", "tg", "uz", "tk")


def registration_status_label(status: str) -> str:
    if status == "cancelled":
        return QCoreApplication.translate("WorkshopLabels", "Cancelled", "registration")
    return _registration_statuses(status)


# A workshop's fields, captioned the same in its overview and in its form.
field_label = CodeLabels(
    "WorkshopLabels",
    {
        "titles": QT_TRANSLATE_NOOP("WorkshopLabels", "Titles"),
        "kind": QT_TRANSLATE_NOOP("WorkshopLabels", "Kind"),
        "dates": QT_TRANSLATE_NOOP("WorkshopLabels", "Dates"),
        "venue": QT_TRANSLATE_NOOP("WorkshopLabels", "Venue"),
        "city": QT_TRANSLATE_NOOP("WorkshopLabels", "City"),
        "country": QT_TRANSLATE_NOOP("WorkshopLabels", "Country"),
        "languages": QT_TRANSLATE_NOOP("WorkshopLabels", "Working languages"),
        "organisers": QT_TRANSLATE_NOOP("WorkshopLabels", "Organisers"),
        "partners": QT_TRANSLATE_NOOP("WorkshopLabels", "Partners"),
        "phase": QT_TRANSLATE_NOOP("WorkshopLabels", "Project phase"),
        "tags": QT_TRANSLATE_NOOP("WorkshopLabels", "Pillars and areas"),
        "status": QT_TRANSLATE_NOOP("WorkshopLabels", "Status"),
        "participants": QT_TRANSLATE_NOOP("WorkshopLabels", "Participants"),
        "notes": QT_TRANSLATE_NOOP("WorkshopLabels", "Notes"),
    },
)
