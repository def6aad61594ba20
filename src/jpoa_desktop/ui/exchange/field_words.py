"""What a record's fields are called when a conflict shows them: "family name", not `family_name`.

The exchange service names a conflict's fields by their column (or reference) names; these are
the words a trainer reads. A field with no words here shows its name with spaces.
"""

from __future__ import annotations

from jpoa_desktop.errors import QT_TRANSLATE_NOOP
from jpoa_desktop.ui.widgets.code_labels import CodeLabels

_field_label = CodeLabels(
    "PackageFields",
    {
        "accent": QT_TRANSLATE_NOOP("PackageFields", "accent colour"),
        "amount": QT_TRANSLATE_NOOP("PackageFields", "amount"),
        "author": QT_TRANSLATE_NOOP("PackageFields", "author"),
        "badge_code": QT_TRANSLATE_NOOP("PackageFields", "badge code"),
        "baseline": QT_TRANSLATE_NOOP("PackageFields", "baseline"),
        "city": QT_TRANSLATE_NOOP("PackageFields", "city"),
        "consent_data": QT_TRANSLATE_NOOP("PackageFields", "consent to data use"),
        "consent_date": QT_TRANSLATE_NOOP("PackageFields", "consent date"),
        "consent_photos": QT_TRANSLATE_NOOP("PackageFields", "consent to photos"),
        "country": QT_TRANSLATE_NOOP("PackageFields", "country"),
        "currency": QT_TRANSLATE_NOOP("PackageFields", "currency"),
        "data": QT_TRANSLATE_NOOP("PackageFields", "image"),
        "day": QT_TRANSLATE_NOOP("PackageFields", "day"),
        "deadline_text": QT_TRANSLATE_NOOP("PackageFields", "deadline"),
        "draft": QT_TRANSLATE_NOOP("PackageFields", "draft"),
        "email": QT_TRANSLATE_NOOP("PackageFields", "e-mail"),
        "end_date": QT_TRANSLATE_NOOP("PackageFields", "end date"),
        "end_time": QT_TRANSLATE_NOOP("PackageFields", "end time"),
        "end_year": QT_TRANSLATE_NOOP("PackageFields", "end year"),
        "erased_at": QT_TRANSLATE_NOOP("PackageFields", "erased on"),
        "family_name": QT_TRANSLATE_NOOP("PackageFields", "family name"),
        "filename": QT_TRANSLATE_NOOP("PackageFields", "file name"),
        "given_name": QT_TRANSLATE_NOOP("PackageFields", "given name"),
        "item": QT_TRANSLATE_NOOP("PackageFields", "plan item"),
        "item_key": QT_TRANSLATE_NOOP("PackageFields", "framework area"),
        "kind": QT_TRANSLATE_NOOP("PackageFields", "kind"),
        "languages": QT_TRANSLATE_NOOP("PackageFields", "languages"),
        "latin_family_name": QT_TRANSLATE_NOOP("PackageFields", "family name (Latin)"),
        "latin_given_name": QT_TRANSLATE_NOOP("PackageFields", "given name (Latin)"),
        "lead_agency": QT_TRANSLATE_NOOP("PackageFields", "lead agency"),
        "margin_mm": QT_TRANSLATE_NOOP("PackageFields", "page margin"),
        "marked_at": QT_TRANSLATE_NOOP("PackageFields", "marked at"),
        "media_type": QT_TRANSLATE_NOOP("PackageFields", "image type"),
        "name": QT_TRANSLATE_NOOP("PackageFields", "name"),
        "name_en": QT_TRANSLATE_NOOP("PackageFields", "name in English"),
        "notes": QT_TRANSLATE_NOOP("PackageFields", "notes"),
        "organisation": QT_TRANSLATE_NOOP("PackageFields", "organisation"),
        "organisers": QT_TRANSLATE_NOOP("PackageFields", "organisers"),
        "origin_uuid": QT_TRANSLATE_NOOP("PackageFields", "copied from"),
        "parent": QT_TRANSLATE_NOOP("PackageFields", "parent item"),
        "partners": QT_TRANSLATE_NOOP("PackageFields", "partners"),
        "patronymic": QT_TRANSLATE_NOOP("PackageFields", "patronymic"),
        "person": QT_TRANSLATE_NOOP("PackageFields", "person"),
        "phase_key": QT_TRANSLATE_NOOP("PackageFields", "phase"),
        "phone": QT_TRANSLATE_NOOP("PackageFields", "phone"),
        "position": QT_TRANSLATE_NOOP("PackageFields", "position"),
        "priority": QT_TRANSLATE_NOOP("PackageFields", "priority"),
        "registration": QT_TRANSLATE_NOOP("PackageFields", "registration"),
        "resolved": QT_TRANSLATE_NOOP("PackageFields", "resolved"),
        "responsible": QT_TRANSLATE_NOOP("PackageFields", "responsible"),
        "role": QT_TRANSLATE_NOOP("PackageFields", "role"),
        "scans": QT_TRANSLATE_NOOP("PackageFields", "scans"),
        "session": QT_TRANSLATE_NOOP("PackageFields", "session"),
        "session_key": QT_TRANSLATE_NOOP("PackageFields", "session"),
        "sex": QT_TRANSLATE_NOOP("PackageFields", "sex"),
        "signer_name": QT_TRANSLATE_NOOP("PackageFields", "signer's name"),
        "signer_title": QT_TRANSLATE_NOOP("PackageFields", "signer's title"),
        "snapshot": QT_TRANSLATE_NOOP("PackageFields", "saved version"),
        "source": QT_TRANSLATE_NOOP("PackageFields", "source"),
        "start_date": QT_TRANSLATE_NOOP("PackageFields", "start date"),
        "start_time": QT_TRANSLATE_NOOP("PackageFields", "start time"),
        "start_year": QT_TRANSLATE_NOOP("PackageFields", "start year"),
        "status": QT_TRANSLATE_NOOP("PackageFields", "status"),
        "tags": QT_TRANSLATE_NOOP("PackageFields", "topics"),
        "target": QT_TRANSLATE_NOOP("PackageFields", "target"),
        "text": QT_TRANSLATE_NOOP("PackageFields", "text"),
        "texts": QT_TRANSLATE_NOOP("PackageFields", "texts"),
        "titles": QT_TRANSLATE_NOOP("PackageFields", "titles"),
        "unit": QT_TRANSLATE_NOOP("PackageFields", "unit"),
        "venue": QT_TRANSLATE_NOOP("PackageFields", "venue"),
        "workshop": QT_TRANSLATE_NOOP("PackageFields", "workshop"),
    },
)


def field_words(field: str) -> str:
    """The field's name in the interface language."""
    words = _field_label(field)
    return field.replace("_", " ") if words == field else words
