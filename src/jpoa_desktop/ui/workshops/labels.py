"""Names of the workshop's fixed values in the interface language (the database keeps codes).

The tuples repeat `db.workshop_models` (screens never import db/); a service test checks they agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

KINDS = ("workshop", "training_course", "expert_meeting", "conference", "tabletop_exercise")
STATUSES = ("planned", "held", "cancelled")
ROLES = ("participant", "speaker", "facilitator", "organiser", "observer")
REGISTRATION_STATUSES = ("invited", "confirmed", "attended", "no_show", "cancelled")
LANGUAGES = ("ru", "en", "kk", "ky", "tg", "uz", "tk")


def kind_label(kind: str) -> str:
    labels = {
        "workshop": QCoreApplication.translate("WorkshopLabels", "Workshop"),
        "training_course": QCoreApplication.translate("WorkshopLabels", "Training course"),
        "expert_meeting": QCoreApplication.translate("WorkshopLabels", "Expert meeting"),
        "conference": QCoreApplication.translate("WorkshopLabels", "Conference"),
        "tabletop_exercise": QCoreApplication.translate("WorkshopLabels", "Table-top exercise"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "planned": QCoreApplication.translate("WorkshopLabels", "Planned"),
        "held": QCoreApplication.translate("WorkshopLabels", "Held"),
        "cancelled": QCoreApplication.translate("WorkshopLabels", "Cancelled"),
    }
    return labels.get(status, status)


def role_label(role: str) -> str:
    labels = {
        "participant": QCoreApplication.translate("WorkshopLabels", "Participant"),
        "speaker": QCoreApplication.translate("WorkshopLabels", "Speaker"),
        "facilitator": QCoreApplication.translate("WorkshopLabels", "Facilitator"),
        "organiser": QCoreApplication.translate("WorkshopLabels", "Organiser"),
        "observer": QCoreApplication.translate("WorkshopLabels", "Observer"),
    }
    return labels.get(role, role)


def registration_status_label(status: str) -> str:
    labels = {
        "invited": QCoreApplication.translate("WorkshopLabels", "Invited"),
        "confirmed": QCoreApplication.translate("WorkshopLabels", "Confirmed"),
        "attended": QCoreApplication.translate("WorkshopLabels", "Attended"),
        "no_show": QCoreApplication.translate("WorkshopLabels", "No-show"),
        "cancelled": QCoreApplication.translate("WorkshopLabels", "Cancelled", "registration"),
    }
    return labels.get(status, status)


def language_label(code: str) -> str:
    labels = {
        "ru": QCoreApplication.translate("WorkshopLabels", "Russian"),
        "en": QCoreApplication.translate("WorkshopLabels", "English"),
        "kk": QCoreApplication.translate("WorkshopLabels", "Kazakh"),
        "ky": QCoreApplication.translate("WorkshopLabels", "Kyrgyz"),
        "tg": QCoreApplication.translate("WorkshopLabels", "Tajik"),
        "uz": QCoreApplication.translate("WorkshopLabels", "Uzbek"),
        "tk": QCoreApplication.translate("WorkshopLabels", "Turkmen"),
    }
    return labels.get(code, code)
