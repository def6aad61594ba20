"""Which column of a participant list holds what.

Headers are written by hand in Russian, English, Kazakh, Uzbek, Kyrgyz or Turkmen, with stray
dots, brackets and line breaks ("Ф.И.О.", "E-mail", "Фамилия\\n(лат.)"). They are compared in a
folded form (case, spaces and punctuation removed) against exact names first, then against word
stems in a fixed order, so that "Дата согласия" is a consent date and not a birth date, and
"Должность в организации" is a position and not an organisation.

The values in those columns are read by `cells`. `parse_mapping_option` reads the CLI's
`--map COLUMN=field`, the column named by its header or its number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

FIELDS: tuple[str, ...] = (
    "family_name", "given_name", "patronymic", "full_name", "latin_family_name",
    "latin_given_name", "sex", "country", "organisation", "position", "email", "phone",
    "languages", "consent_data", "consent_photos", "consent_date", "notes", "role", "birth_date",
)  # fmt: skip

# "Name" alone is the given name next to a family-name column, and the whole name otherwise.
_AMBIGUOUS_NAME = frozenset({"name", "participantname", "nameofparticipant"})

# Exact folded headers, checked before the stems below.
_EXACT: dict[str, str] = {
    "пол": "sex", "полмж": "sex", "sex": "sex", "gender": "sex", "жынысы": "sex",
    "jinsi": "sex", "jynsy": "sex", "жыныс": "sex",
    "тел": "phone", "tel": "phone", "моб": "phone", "mob": "phone", "тлф": "phone",
    "почта": "email", "mail": "email", "epochta": "email",
    "др": "birth_date", "dob": "birth_date",
    "title": "position", "post": "position",
    "тегі": "family_name", "тегi": "family_name",
    "аты": "given_name", "ady": "given_name", "ismi": "given_name", "ism": "given_name",
    "исми": "given_name", "исм": "given_name",
    "fio": "full_name", "fish": "full_name", "фиш": "full_name",
    "ел": "country", "мамлакат": "country", "mamlakat": "country", "ýurt": "country",
    "тілі": "languages", "тілдер": "languages", "tillar": "languages", "тиллар": "languages",
    "согласие": "consent_data", "consent": "consent_data",
}  # fmt: skip

# Stems searched inside the folded header, in this order; the first that matches wins.
_STEMS: tuple[tuple[str, str], ...] = (
    ("consent_date", r"дат\w*соглас|соглас\w*дат|consent\w*date|date\w*consent|келісім\w*күн"),
    ("consent_photos", r"фото\w*соглас|соглас\w*фото|photo\w*consent|consent\w*photo|видеосъем"),
    ("consent_data", r"соглас|consent|келісім|rozilik|розилик|gdpr|персональн"),
    ("birth_date", r"рожден|birth|туған|tugilgan|туғилган|doglan|туулган"),
    ("full_name", r"фио|fullname|фамилия(и)?имя|имя(и)?фамилия|(first|given)(name)?(and)?"
                  r"(last|family|sur)name|(sur|last|family)name(and)?(first|given)?name|"
                  r"nameandsurname|полноеимя|атыжөні|ismfamiliya|familiyaism|толукаты"),
    ("patronymic", r"отчеств|patronym|middlename|әкесінің|otasining|отасининг|атасынын|"
                   r"atasyny|sharif|шариф"),
    ("family_name", r"фамил|surname|lastname|familyname|famili|^тег"),
    ("given_name", r"^имя|имя$|givenname|firstname|forename|christianname|^аты|^ismi"),
    ("email", r"email|электроннаяпочт|электроннойпочт|элпочт|эпочт|емейл|имейл|емайл|"
              r"электрондыпошта|электрондықпошта|elektronpochta|электронпочта"),
    ("phone", r"телефон|phone|telefon|мобильн|mobile|cellular|whatsapp|сотов"),
    ("position", r"должност|position|jobtitle|лауазым|lavozim|лавозим|wezipe|кызмат|қызмет"),
    ("organisation", r"организац|ведомств|месторабот|organi[sz]ation|agency|ministry|министерств|"
                     r"учрежден|employer|institution|ташкилот|tashkilot|ұйым|жұмысорн|ishjoyi|"
                     r"мекеме|affiliation|department|орган$"),
    ("sex", r"^пол\w{0,3}$|^gender|^sex"),
    ("country", r"страна|country|гражданство|citizenship|nationality|мамлакат|ýurdy|елі$"),
    ("languages", r"язык|language|тілдер|tillar|тиллар|dilleri"),
    ("role", r"^роль|^role|ролі|^rol$|^roli"),
    ("notes", r"примечан|коммент|comment|note|remark|ескерту|izoh|изоҳ|bellik"),
)  # fmt: skip
_STEM_PATTERNS = tuple((field, re.compile(pattern)) for field, pattern in _STEMS)

# A header naming the Latin spelling: "Фамилия (лат.)", "Surname (Latin)", "Имя латиницей".
_LATIN = re.compile(
    r"латиницей|латинице|латиница|латинскими|латинский|латынша|латын|латин|лат|inlatin|latin|"
    r"lotincha|lotin|английском|английский|англ|english"
)


def fold_header(header: str) -> str:
    """Lower-case letters and digits only: "Эл. почта" → "элпочта", "Ф.И.О." → "фио"."""
    text = unicodedata.normalize("NFKC", header).casefold().replace("ё", "е")
    return "".join(ch for ch in text if ch.isalnum() and unicodedata.category(ch) != "Lm")


def _classify(key: str) -> str | None:
    if not key:
        return None
    if key in _AMBIGUOUS_NAME:
        return "name"
    latin = _LATIN.search(key)
    if latin is not None:
        rest = _classify_plain(key[: latin.start()] + key[latin.end() :])
        if rest in ("family_name", "given_name"):
            return f"latin_{rest}"
        if rest == "name":
            return "latin_name"
        if rest in ("full_name", "patronymic"):
            return None  # a Latin full name or patronymic has no field; never take the Cyrillic one
    return _classify_plain(key)


def _classify_plain(key: str) -> str | None:
    if key in _AMBIGUOUS_NAME:
        return "name"
    if key in _EXACT:
        return _EXACT[key]
    for field, pattern in _STEM_PATTERNS:
        if pattern.search(key):
            return field
    return None


def suggest_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field for the headers recognised; each field is given to one column only."""
    guesses = [_classify(fold_header(h)) for h in headers]
    resolve = {
        "name": "given_name" if "family_name" in guesses else "full_name",
        "latin_name": "latin_given_name" if "latin_family_name" in guesses else None,
    }
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, guess in enumerate(guesses):
        field = resolve.get(guess, guess) if guess is not None else None
        if field is not None and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


def parse_mapping_option(text: str, headers: Sequence[str]) -> tuple[int, str]:
    """Read "Фамилия=family_name" or "3=family_name" (1-based column) into (index, field)."""
    column, sep, field = text.rpartition("=")
    column, field = column.strip(), field.strip()
    if not sep or not column or not field:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'The column mapping "{text}" must look like COLUMN=FIELD, e.g. 3=email.'
            ),
            text=text,
        )
    if field not in FIELDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{field}" is not a field; use one of: {fields}.'),
            field=field,
            fields=", ".join(FIELDS),
        )
    return _column_index(column, headers), field


def _column_index(column: str, headers: Sequence[str]) -> int:
    if column.isdigit():
        number = int(column)
        if not 1 <= number <= len(headers):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no column {number}; the file has {count} columns."
                ),
                number=number,
                count=len(headers),
            )
        return number - 1
    matches = [i for i, h in enumerate(headers) if h.strip() == column]
    if not matches:
        key = fold_header(column)
        matches = [i for i, h in enumerate(headers) if key and fold_header(h) == key]
    if len(matches) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'Several columns are called "{column}" (columns {numbers}); use the column number.',
            ),
            column=column,
            numbers=", ".join(str(i + 1) for i in matches),
        )
    if not matches:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'There is no column "{column}"; the columns are: {headers}.'
            ),
            column=column,
            headers=", ".join(f'"{h}"' for h in headers),
        )
    return matches[0]
