"""resources/demo/people.toml, read once and shaped for the demo people's generator.

The file holds the data (names by naming tradition, organisations by country, positions, phone
prefixes, language shares, the letters a re-spelt duplicate loses); this module checks it and
turns it into pools and cumulative shares, including the name forms derived by rule: feminine
family names, Russian-style patronymics from the given names, Kazakh -ұлы/-қызы and Uzbek
oʻgʻli/qizi. A damaged file is one ContentError naming the file and the key (demo_data.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jpoa_desktop.content.demo_data import DemoTable, demo_file
from jpoa_desktop.model.codes import ORGANISATION_KINDS

COUNTRIES: tuple[str, ...] = ("KZ", "KG", "TJ", "TM", "UZ")  # the order people are drawn in


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    name_en: str
    kind: str
    country: str


@dataclass(frozen=True, slots=True)
class NamePool:
    """One naming tradition within a country."""

    style: str  # "kz", "kg", "tj", "ru", "uz", "tm": which patronymic rule applies
    male: tuple[str, ...]
    female: tuple[str, ...]
    families: tuple[tuple[str, str], ...]  # (masculine, feminine)
    patronymics: tuple[tuple[str, str], ...]  # (male, female), Russian-style or national
    native: tuple[tuple[str, str], ...]  # Kazakh -ұлы/-қызы, Uzbek oʻgʻli/qizi


@dataclass(frozen=True)
class DemoCountry:
    pools: tuple[tuple[float, NamePool], ...]  # (cumulative share of people, pool)
    organisations: tuple[DemoOrganisation, ...]
    cumulative: list[float]  # the organisations' cumulative shares, ending at 1.0
    language: str
    russian_share: float
    extra_languages: tuple[str, ...]
    mobile_prefixes: tuple[str, ...]
    dialling_code: str
    phone_groups: tuple[int, ...]
    fold: dict[int, str]  # national letters as typed on a Russian (or plain Latin) keyboard


@dataclass(frozen=True)
class PeopleTables:
    countries: dict[str, DemoCountry]
    positions: dict[str, tuple[str, ...]]
    to_ascii: dict[int, str]
    yo: dict[int, str]


def _both_cases(table: dict[str, str]) -> dict[int, str]:
    full = dict(table)
    full.update({k.upper(): v.upper() for k, v in table.items()})
    return str.maketrans(full)


def _ru_patronymic(father: str, stems: dict[str, str]) -> tuple[str, str] | None:
    """Russian-style patronymic (male, female) from a father's name, or None when irregular."""
    stem = stems.get(father)
    if stem is None:
        last = father[-1]
        if last in "йиь":
            stem = father[:-1] + ("ев" if last != "и" else "иев")
        elif last in "жшчщц":
            stem = father + "ев"
        elif last in "аеёиоуыэюяәөұүіӣӯ":
            return None
        else:
            stem = father + "ов"
    return stem + "ич", stem + "на"


def _feminine(family: str) -> str:
    """The feminine form of a family name; indeclinable ones (…зода) stay as they are."""
    if family.endswith(("ский", "цкий")):
        return family[:-2] + "ая"
    if family.endswith(("ов", "ев", "ёв", "ин")):
        return family + "а"  # Cyrillic а
    if family.endswith(("ow", "ew", "ov", "ev")):
        return family + "a"  # Latin a
    return family


def _pool(style: str, names: DemoTable, stems: dict[str, str]) -> NamePool:
    male = names.texts("male")
    patronymics: list[tuple[str, str]] = []
    for father in male:
        pair = _ru_patronymic(father, stems)
        if pair is not None and pair not in patronymics:
            patronymics.append(pair)
    native: list[tuple[str, str]] = []
    if style == "kz":
        native = [(name + "ұлы", name + "қызы") for name in male]
    elif style == "uz":
        native = [(f"{name} oʻgʻli", f"{name} qizi") for name in male]
        patronymics = []
    elif style == "tm":
        patronymics = list(names.pairs("patronymics"))
    return NamePool(
        style=style,
        male=tuple(dict.fromkeys(male)),
        female=tuple(dict.fromkeys(names.texts("female"))),
        families=tuple((f, _feminine(f)) for f in dict.fromkeys(names.texts("family"))),
        patronymics=tuple(patronymics),
        native=tuple(native),
    )


def _country(
    code: str, table: DemoTable, pools: dict[str, NamePool], weights: DemoTable
) -> DemoCountry:
    orgs = tuple(
        DemoOrganisation(org.text("name"), org.text("name_en"), org.text("kind"), code)
        for org in table.tables("organisations")
    )
    total, running, cumulative = sum(weights.whole(o.kind) for o in orgs), 0, []
    for org in orgs:
        running += weights.whole(org.kind)
        cumulative.append(running / total)
    traditions = table.texts("name_traditions")
    for style in traditions:
        if style not in pools:
            raise table.damaged(f"name_traditions names '{style}', which has no [names.{style}]")
    shares = table.numbers("name_shares")
    return DemoCountry(
        pools=tuple((share, pools[style]) for share, style in zip(shares, traditions, strict=True)),
        organisations=orgs,
        cumulative=cumulative,
        language=table.text("language"),
        russian_share=table.number("russian_share"),
        extra_languages=table.texts("extra_languages"),
        mobile_prefixes=table.texts("mobile_prefixes"),
        dialling_code=table.text("dialling_code"),
        phone_groups=tuple(int(n) for n in table.numbers("phone_groups")),
        fold=_both_cases(table.mapping("keyboard_folds")),
    )


@cache
def people_tables() -> PeopleTables:
    """people.toml, read and checked once; a damaged file is a ContentError naming it."""
    data = demo_file("people")
    names, stems = data.table("names"), data.mapping("ru_patronymic_stems")
    pools = {style: _pool(style, names.table(style), stems) for style in names.keys_in_order()}
    countries, positions = data.table("countries"), data.table("positions")
    weights = data.table("kind_weights")
    return PeopleTables(
        countries={cc: _country(cc, countries.table(cc), pools, weights) for cc in COUNTRIES},
        positions={kind: positions.texts(kind) for kind in ORGANISATION_KINDS},
        to_ascii=str.maketrans(data.table("email").mapping("ascii")),
        yo=_both_cases(data.table("respelling").mapping("yo")),
    )
