"""Latin spellings of Cyrillic names, as ICAO Doc 9303 (machine-readable passports) writes them.

The result is a suggestion the user can edit: it is what a passport would most likely show, so
that a name typed in Cyrillic can be printed, sorted and matched in Latin. Letters of Kazakh,
Kyrgyz, Tajik and Uzbek Cyrillic that ICAO's table does not list take the Latin their national
passports commonly use. Text that is already Latin is returned unchanged.
"""

from __future__ import annotations

from functools import lru_cache

ICAO_9303 = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ґ": "g", "є": "ie", "ї": "i", "ў": "u",
}  # fmt: skip

NATIONAL_LETTERS = {
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j",
}  # fmt: skip

_TABLE = {**ICAO_9303, **NATIONAL_LETTERS}


def _letter(char: str, upper_next: bool) -> str:
    latin = _TABLE.get(char.lower())
    if latin is None:
        return char
    if not char.isupper() or not latin:
        return latin
    # "Ж" → "Zh" inside a capitalised word, "ZH" inside an all-capital one.
    return latin.upper() if upper_next else latin.capitalize()


@lru_cache(maxsize=32_768)  # given names repeat: an import or the demo asks for few distinct ones
def to_latin(text: str) -> str:
    """`Юсупов` → `Iusupov`, `ҶАМШЕД` → `JAMSHED`, `Oʻrinboyev` stays as it is."""
    if text.isascii():
        return text
    out = []
    for index, char in enumerate(text):
        following = text[index + 1] if index + 1 < len(text) else ""
        previous = text[index - 1] if index > 0 else ""
        all_capitals = following.isupper() or (not following.isalpha() and previous.isupper())
        out.append(_letter(char, all_capitals))
    return "".join(out)
