"""The region's cities as each handout language writes them: Ош, Osh, Oʻsh, Oş.

A workshop stores its city as one string, typed in whatever language the trainer used. A Russian
agenda that says "Osh" or an Uzbek one that says "Ташкент" looks careless, so a city this table
knows is printed in the handout's language, whichever spelling was stored; any other city is
printed as stored (never guessed). Where a cell is empty the handout falls back along the
language's chain, except that a Latin-script handout (Uzbek, Turkmen) takes the English spelling
before a Cyrillic one, so a reader never meets a city in the other script for want of an entry.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from jpoa_desktop.model.languages import LAST_RESORT, LATIN_SCRIPT, fallback_chain

# city → language → name. Only spellings in established use; an unsure cell is left out.
CITIES: dict[str, dict[str, str]] = {
    "astana": {"en": "Astana", "ru": "Астана", "kk": "Астана", "ky": "Астана", "uz": "Astana",
               "tk": "Astana"},
    "almaty": {"en": "Almaty", "ru": "Алматы", "kk": "Алматы", "ky": "Алматы", "tg": "Алмаато",
               "uz": "Olmaota", "tk": "Almaty"},
    "shymkent": {"en": "Shymkent", "ru": "Шымкент", "kk": "Шымкент", "ky": "Чымкент",
                 "uz": "Chimkent", "tk": "Çymkent"},
    "karaganda": {"en": "Karaganda", "ru": "Караганда", "kk": "Қарағанды"},
    "bishkek": {"en": "Bishkek", "ru": "Бишкек", "kk": "Бішкек", "ky": "Бишкек", "tg": "Бишкек",
                "uz": "Bishkek", "tk": "Bişkek"},
    "osh": {"en": "Osh", "ru": "Ош", "kk": "Ош", "ky": "Ош", "tg": "Ош", "uz": "Oʻsh",
            "tk": "Oş"},
    "cholpon-ata": {"en": "Cholpon-Ata", "ru": "Чолпон-Ата", "ky": "Чолпон-Ата"},
    "karakol": {"en": "Karakol", "ru": "Каракол", "ky": "Каракол"},
    "dushanbe": {"en": "Dushanbe", "ru": "Душанбе", "kk": "Душанбе", "ky": "Душанбе",
                 "tg": "Душанбе", "uz": "Dushanbe", "tk": "Duşenbe"},
    "khujand": {"en": "Khujand", "ru": "Худжанд", "tg": "Хуҷанд", "uz": "Xoʻjand"},
    "ashgabat": {"en": "Ashgabat", "ru": "Ашхабад", "kk": "Ашхабад", "ky": "Ашхабад",
                 "tg": "Ашқобод", "uz": "Ashxobod", "tk": "Aşgabat"},
    "turkmenbashi": {"en": "Turkmenbashi", "ru": "Туркменбаши", "uz": "Turkmanboshi",
                     "tk": "Türkmenbaşy"},
    "mary": {"en": "Mary", "ru": "Мары", "tk": "Mary"},
    "tashkent": {"en": "Tashkent", "ru": "Ташкент", "kk": "Ташкент", "ky": "Ташкент",
                 "tg": "Тошканд", "uz": "Toshkent", "tk": "Daşkent"},
    "samarkand": {"en": "Samarkand", "ru": "Самарканд", "kk": "Самарқанд", "ky": "Самарканд",
                  "tg": "Самарқанд", "uz": "Samarqand", "tk": "Samarkant"},
    "bukhara": {"en": "Bukhara", "ru": "Бухара", "kk": "Бұхара", "ky": "Бухара", "tg": "Бухоро",
                "uz": "Buxoro", "tk": "Buhara"},
    "namangan": {"en": "Namangan", "ru": "Наманган", "uz": "Namangan"},
    "andijan": {"en": "Andijan", "ru": "Андижан", "uz": "Andijon"},
    "fergana": {"en": "Fergana", "ru": "Фергана", "uz": "Fargʻona"},
    "nukus": {"en": "Nukus", "ru": "Нукус", "uz": "Nukus"},
}  # fmt: skip

# Ways of typing the Uzbek letter mark (ʻ) that all mean it: ' ‘ ’ ` ʼ.
_LETTER_MARKS = str.maketrans({"'": "ʻ", "‘": "ʻ", "’": "ʻ", "`": "ʻ", "ʼ": "ʻ"})


def _folded(name: str) -> str:
    """The form two spellings of one name share: NFC, one letter mark, no case, single spaces."""
    text = unicodedata.normalize("NFC", name).translate(_LETTER_MARKS)
    return " ".join(text.replace("‐", "-").casefold().split())


@cache
def _by_spelling() -> dict[str, str]:
    """Every known spelling (any language) → the city's key."""
    return {_folded(name): key for key, names in CITIES.items() for name in names.values()}


def _chain(language: str) -> tuple[str, ...]:
    if language in LATIN_SCRIPT:
        return (language, LAST_RESORT)
    return fallback_chain(language)


def city_in(stored: str, language: str) -> str:
    """The city `stored` as `language` writes it, when it is one of the region's cities this
    table knows; otherwise `stored` unchanged."""
    key = _by_spelling().get(_folded(stored))
    if key is None:
        return stored
    names = CITIES[key]
    return next((names[code] for code in _chain(language) if code in names), stored)
