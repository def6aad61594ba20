"""What a typed or imported text may hold: how long each field may be, and which characters
never reach the database.

A 10,000-character name pasted by mistake, or a list exported from another system with control
characters in it, used to be stored as is and then broke the participant list and the
certificates. Every service checks its fields against the limits here, and every form sets the
same limits on its boxes, so a user meets the limit while typing and an import names the row.

The limits match the columns in `db/` (a PostgreSQL server would refuse a longer value); texts
stored in unbounded columns (notes, measures) get a limit a real document never reaches.

Cleaning, for every field: Unicode NFC (a "й" typed as one letter or as "и" plus a combining
breve is the same letter, so search, sorting and duplicates find it), then away with C0 and C1
control characters, the byte-order mark, and the bidirectional embeddings, overrides and
isolates (U+202A–U+202E, U+2066–U+2069) that can make a name display backwards ("Trojan Source").
Single-line fields turn tabs and line breaks into spaces; multi-line fields keep them.
Services never import Qt, and neither does this module: the forms read the same numbers.
"""

from __future__ import annotations

import re
import unicodedata

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

# People (db/workshop_models.py: Person, Organisation)
PERSON_NAME = 120  # family, given, patronymic and their Latin forms
ORGANISATION = 300
POSITION = 300
EMAIL = 254
PHONE = 40
# Workshops
WORKSHOP_TITLE = 300
VENUE = 300
CITY = 120
ORGANISER = 300  # one organiser or partner
# Agenda sessions and strategy texts, stored as JSON maps language → text
SESSION_TITLE = 300
ITEM_TEXT = 4_000  # a goal, objective or measure, in one language
DRAFT_TITLE = 500
LEAD_AGENCY = 300
RESPONSIBLE = 300  # one responsible agency or partner
INDICATOR_NAME = 1_000
INDICATOR_VALUE = 200  # baseline and target
INDICATOR_UNIT = 60
BUDGET_SOURCE = 300
COMMENT_AUTHOR = 200
SIGNER = 200  # a signer's name or title on a certificate
# Free notes, on people, workshops, sessions and drafts
NOTES = 10_000
# A box where several names are typed, separated ("МВД; КНБ"): each name has its own limit
NAME_LIST = 3_000
LANGUAGE_LIST = 200  # a person's languages, "ru, kk, en"
VERSION_NAME = 200

TOO_LONG = QT_TRANSLATE_NOOP("Errors", "“{value}” is too long: at most {limit} characters.")

_ALWAYS_DROPPED = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]"
)
_DROPPED = re.compile(_ALWAYS_DROPPED)
_LINE_BREAKS = re.compile(r"\r\n?|[\n\t\u2028\u2029\x85]")
_MULTILINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")


def clean_line(text: str) -> str:
    """A single-line field as stored: NFC, no control or bidi-override characters, no line
    breaks or tabs (each becomes a space), no spaces at either end."""
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        # Every character the patterns remove is a control, format or line separator, none of
        # which is printable: most names take this path, which an import of thousands feels.
        return text.strip()
    text = _LINE_BREAKS.sub(" ", text)
    return unicodedata.normalize("NFC", _DROPPED.sub("", text)).strip()


def clean_text(text: str) -> str:
    """A multi-line field as stored: as `clean_line`, but line breaks (as "\\n") and tabs kept."""
    text = _DROPPED.sub("", _MULTILINE_BREAKS.sub("\n", text))  # tab and \n are not dropped
    return unicodedata.normalize("NFC", text).strip()


def check_length(text: str, limit: int, field: str = "") -> None:
    """Refuse `text` longer than `limit` characters, quoting its start so the user finds it.

    `field` names the input's attribute, so a form can point at the box to correct.
    """
    if len(text) > limit:
        raise ValidationError(TOO_LONG, value=text[:40] + "…", limit=limit, field=field)


def checked_line(text: str, limit: int, field: str = "") -> str:
    """`clean_line(text)`, refused when longer than `limit`."""
    cleaned = clean_line(text)
    check_length(cleaned, limit, field)
    return cleaned


def checked_text(text: str, limit: int, field: str = "") -> str:
    """`clean_text(text)`, refused when longer than `limit`."""
    cleaned = clean_text(text)
    check_length(cleaned, limit, field)
    return cleaned
