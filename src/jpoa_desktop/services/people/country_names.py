"""Reading a country cell of a participant list: any country, by code or by name.

Workshops in Central Asia also host staff of international organisations and observers from
elsewhere, so a list names China, Germany or the United States as often as Kazakhstan. Any
two-letter ISO code is taken as it is ("CN", "de"); names are known in English and Russian for
the countries whose people come most often, and in the region's own languages for the region.
"""

from __future__ import annotations

from jpoa_desktop.texts.text_folding import fold

# Code → names (English, Russian, then local forms). The facts are ISO 3166-1 alpha-2 codes.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "KZ": ("kazakhstan", "казахстан", "қазақстан", "kazakstan", "республика казахстан"),
    "KG": ("kyrgyzstan", "кыргызстан", "киргизия", "кыргызская республика", "kyrgyz republic"),
    "TJ": ("tajikistan", "таджикистан", "тоҷикистон", "республика таджикистан"),
    "TM": ("turkmenistan", "туркменистан", "türkmenistan"),
    "UZ": ("uzbekistan", "узбекистан", "oʻzbekiston", "ўзбекистон", "республика узбекистан"),
    "AF": ("afghanistan", "афганистан"),
    "AM": ("armenia", "армения"),
    "AT": ("austria", "австрия"),
    "AZ": ("azerbaijan", "азербайджан"),
    "BE": ("belgium", "бельгия"),
    "BY": ("belarus", "беларусь", "белоруссия"),
    "CA": ("canada", "канада"),
    "CH": ("switzerland", "швейцария"),
    "CN": ("china", "китай", "кнр", "people's republic of china"),
    "CZ": ("czechia", "czech republic", "чехия"),
    "DE": ("germany", "германия", "фрг", "deutschland"),
    "DK": ("denmark", "дания"),
    "EE": ("estonia", "эстония"),
    "EG": ("egypt", "египет"),
    "ES": ("spain", "испания"),
    "FI": ("finland", "финляндия"),
    "FR": ("france", "франция"),
    "GB": ("united kingdom", "uk", "great britain", "великобритания", "соединённое королевство"),
    "GE": ("georgia", "грузия"),
    "GR": ("greece", "греция"),
    "HU": ("hungary", "венгрия"),
    "IN": ("india", "индия"),
    "IQ": ("iraq", "ирак"),
    "IR": ("iran", "иран"),
    "IT": ("italy", "италия"),
    "JP": ("japan", "япония"),
    "KR": ("south korea", "republic of korea", "korea", "южная корея", "республика корея"),
    "KW": ("kuwait", "кувейт"),
    "LT": ("lithuania", "литва"),
    "LV": ("latvia", "латвия"),
    "MD": ("moldova", "молдова", "молдавия"),
    "MN": ("mongolia", "монголия"),
    "NL": ("netherlands", "нидерланды", "голландия"),
    "NO": ("norway", "норвегия"),
    "PK": ("pakistan", "пакистан"),
    "PL": ("poland", "польша"),
    "QA": ("qatar", "катар"),
    "RO": ("romania", "румыния"),
    "RS": ("serbia", "сербия"),
    "RU": ("russia", "russian federation", "россия", "российская федерация", "рф"),
    "SA": ("saudi arabia", "саудовская аравия"),
    "SE": ("sweden", "швеция"),
    "SI": ("slovenia", "словения"),
    "SK": ("slovakia", "словакия"),
    "TR": ("turkey", "türkiye", "турция", "türkiýe"),
    "UA": ("ukraine", "украина"),
    "AE": ("united arab emirates", "uae", "оаэ", "объединённые арабские эмираты"),
    "US": ("united states", "united states of america", "usa", "сша",
           "соединённые штаты америки"),
}  # fmt: skip
# Codes people write that ISO spells otherwise.
_ALIASES = {"UK": "GB", "EN": "GB"}
_BY_NAME = {fold(name): code for code, names in COUNTRY_NAMES.items() for name in names}


def country_code(value: str) -> str | None:
    """The ISO code a cell names ("Китай", "cn", "Germany" → "CN", "CN", "DE"), else None."""
    text = value.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        code = text.upper()
        return _ALIASES.get(code, code)
    return _BY_NAME.get(fold(text))
