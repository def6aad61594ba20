"""Names the participant dialogs show for the services' fixed codes, in the interface language.

The services speak in codes (`law_enforcement`, `family_name`) so that files and the CLI stay
language-neutral; the dialogs translate them here, in one place, so a code added to a service
shows up untranslated in one table rather than in three dialogs.
"""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

# An organisation's type: ministry, law enforcement, …
kind_label = CodeLabels(
    "Labels",
    {
        "ministry": QT_TRANSLATE_NOOP("Labels", "Ministry"),
        "law_enforcement": QT_TRANSLATE_NOOP("Labels", "Law enforcement"),
        "judiciary": QT_TRANSLATE_NOOP("Labels", "Judiciary"),
        "parliament": QT_TRANSLATE_NOOP("Labels", "Parliament"),
        "civil_society": QT_TRANSLATE_NOOP("Labels", "Civil society"),
        "academia": QT_TRANSLATE_NOOP("Labels", "Academia"),
        "media": QT_TRANSLATE_NOOP("Labels", "Media"),
        "international_organisation": QT_TRANSLATE_NOOP("Labels", "International organisation"),
    },
)


# A column of a participant list, as the import's column mapping offers it.
field_label = CodeLabels(
    "Labels",
    {
        "family_name": QT_TRANSLATE_NOOP("Labels", "Family name"),
        "given_name": QT_TRANSLATE_NOOP("Labels", "Given name"),
        "patronymic": QT_TRANSLATE_NOOP("Labels", "Patronymic"),
        "full_name": QT_TRANSLATE_NOOP("Labels", "Full name (one column)"),
        "latin_family_name": QT_TRANSLATE_NOOP("Labels", "Family name (Latin)"),
        "latin_given_name": QT_TRANSLATE_NOOP("Labels", "Given name (Latin)"),
        "sex": QT_TRANSLATE_NOOP("Labels", "Sex"),
        "country": QT_TRANSLATE_NOOP("Labels", "Country"),
        "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
        "position": QT_TRANSLATE_NOOP("Labels", "Position"),
        "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "languages": QT_TRANSLATE_NOOP("Labels", "Languages"),
        "consent_data": QT_TRANSLATE_NOOP("Labels", "Consent to data use"),
        "consent_photos": QT_TRANSLATE_NOOP("Labels", "Consent to photos"),
        "consent_date": QT_TRANSLATE_NOOP("Labels", "Consent date"),
        "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
        "role": QT_TRANSLATE_NOOP("Labels", "Role at the workshop"),
        "birth_date": QT_TRANSLATE_NOOP("Labels", "Date of birth (not kept)"),
    },
)
