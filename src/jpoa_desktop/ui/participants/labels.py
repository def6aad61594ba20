"""Names the participant dialogs show for the services' fixed codes, in the interface language.

The services speak in codes (`law_enforcement`, `family_name`) so that files and the CLI stay
language-neutral; the dialogs translate them here, in one place, so a code added to a service
shows up untranslated in one table rather than in three dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    """An organisation's type: ministry, law enforcement, …"""
    labels = {
        "ministry": QCoreApplication.translate("Labels", "Ministry"),
        "law_enforcement": QCoreApplication.translate("Labels", "Law enforcement"),
        "judiciary": QCoreApplication.translate("Labels", "Judiciary"),
        "parliament": QCoreApplication.translate("Labels", "Parliament"),
        "civil_society": QCoreApplication.translate("Labels", "Civil society"),
        "academia": QCoreApplication.translate("Labels", "Academia"),
        "media": QCoreApplication.translate("Labels", "Media"),
        "international_organisation": QCoreApplication.translate(
            "Labels", "International organisation"
        ),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    """A column of a participant list, as the import's column mapping offers it."""
    labels = {
        "family_name": QCoreApplication.translate("Labels", "Family name"),
        "given_name": QCoreApplication.translate("Labels", "Given name"),
        "patronymic": QCoreApplication.translate("Labels", "Patronymic"),
        "full_name": QCoreApplication.translate("Labels", "Full name (one column)"),
        "latin_family_name": QCoreApplication.translate("Labels", "Family name (Latin)"),
        "latin_given_name": QCoreApplication.translate("Labels", "Given name (Latin)"),
        "sex": QCoreApplication.translate("Labels", "Sex"),
        "country": QCoreApplication.translate("Labels", "Country"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "position": QCoreApplication.translate("Labels", "Position"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "languages": QCoreApplication.translate("Labels", "Languages"),
        "consent_data": QCoreApplication.translate("Labels", "Consent to data use"),
        "consent_photos": QCoreApplication.translate("Labels", "Consent to photos"),
        "consent_date": QCoreApplication.translate("Labels", "Consent date"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "role": QCoreApplication.translate("Labels", "Role at the workshop"),
        "birth_date": QCoreApplication.translate("Labels", "Date of birth (not kept)"),
    }
    return labels.get(field, field)
