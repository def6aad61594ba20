"""Realistic, deterministic demo participants for JPoA workshops (``jpoa demo``).

Plain Python only: no Qt, no database. The same seed always gives the same people, and
20,000 of them take a small fraction of a second. The names, organisations, positions and
phone prefixes are data, in resources/demo/people.toml; this module holds only the rules that
draw from them (shares, patronymics, feminine forms, phone and e-mail formats).

Names are written the way the person writes them: Kazakh, Kyrgyz and Tajik Cyrillic for
KZ, KG and TJ; Uzbek Latin (with ʻ U+02BB in Oʻ and Gʻ) for UZ; Turkmen Latin (ä ç ň ö ş ü ý ž)
for TM. A small share of Kazakh and Kyrgyz citizens carry Russian names.

About 1% of the generated people are the same person as an earlier one, typed differently
(Kazakh letters typed on a Russian keyboard, Ё written as Е, ʻ written as ' or ‘, Turkmen
without diacritics, a dropped patronymic...). They keep organisation, position and phone
number but get another e-mail address. Nothing marks them: duplicate detection must find them.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TypeVar

from jpoa_desktop.content.demo_data import DemoTable, demo_file
from jpoa_desktop.model.codes import ORGANISATION_KINDS

_T = TypeVar("_T")

__all__ = [
    "COUNTRIES",
    "ORGANISATION_KINDS",
    "DemoOrganisation",
    "DemoPerson",
    "generate_people",
    "organisations",
]

COUNTRIES: tuple[str, ...] = ("KZ", "KG", "TJ", "TM", "UZ")  # the order people are drawn in


@dataclass(frozen=True)
class DemoOrganisation:
    name: str
    name_en: str
    kind: str
    country: str


@dataclass(frozen=True)
class DemoPerson:
    family_name: str
    given_name: str
    patronymic: str
    sex: str
    country: str
    organisation: DemoOrganisation
    position: str
    email: str
    phone: str
    languages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Pool:
    """One naming tradition within a country."""

    style: str  # "kz", "kg", "tj", "ru", "uz", "tm": which patronymic rule applies
    male: tuple[str, ...]
    female: tuple[str, ...]
    families: tuple[tuple[str, str], ...]  # (masculine, feminine)
    patronymics: tuple[tuple[str, str], ...]  # (male, female), Russian-style or national
    native: tuple[tuple[str, str], ...]  # Kazakh -ұлы/-қызы, Uzbek oʻgʻli/qizi


@dataclass(frozen=True)
class _Country:
    pools: tuple[tuple[float, _Pool], ...]  # (cumulative share of people, pool)
    organisations: tuple[DemoOrganisation, ...]
    cumulative: list[float]  # the organisations' cumulative shares, ending at 1.0
    language: str
    russian_share: float
    extra_languages: tuple[str, ...]
    mobile_prefixes: tuple[str, ...]
    fold: dict[int, str]  # national letters as typed on a Russian (or plain Latin) keyboard


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, _Country]
    positions: dict[str, tuple[str, ...]]
    to_ascii: dict[int, str]
    yo: dict[int, str]


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """``rng.choice`` without its overhead (it matters for 20,000 people)."""
    return items[int(rng.random() * len(items))]


def organisations(country: str) -> tuple[DemoOrganisation, ...]:
    """The demo organisations of one country (ISO 3166-1 alpha-2), every kind at least once."""
    if country.upper() not in COUNTRIES:
        raise ValueError(f"unknown country {country!r}; expected one of {COUNTRIES}")
    return _tables().countries[country.upper()].organisations


# --------------------------------------------------------------------------------------------
# The tables of resources/demo/people.toml, shaped for the generator
# --------------------------------------------------------------------------------------------


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


def _pool(style: str, names: DemoTable, stems: dict[str, str]) -> _Pool:
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
    return _Pool(
        style=style,
        male=tuple(dict.fromkeys(male)),
        female=tuple(dict.fromkeys(names.texts("female"))),
        families=tuple((f, _feminine(f)) for f in dict.fromkeys(names.texts("family"))),
        patronymics=tuple(patronymics),
        native=tuple(native),
    )


def _country(code: str, table: DemoTable, pools: dict[str, _Pool], weights: DemoTable) -> _Country:
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
    return _Country(
        pools=tuple((share, pools[style]) for share, style in zip(shares, traditions, strict=True)),
        organisations=orgs,
        cumulative=cumulative,
        language=table.text("language"),
        russian_share=table.number("russian_share"),
        extra_languages=table.texts("extra_languages"),
        mobile_prefixes=table.texts("mobile_prefixes"),
        fold=_both_cases(table.mapping("keyboard_folds")),
    )


@cache
def _tables() -> _Tables:
    """people.toml, read and checked once; a damaged file is a ContentError naming it."""
    data = demo_file("people")
    names, stems = data.table("names"), data.mapping("ru_patronymic_stems")
    pools = {style: _pool(style, names.table(style), stems) for style in names.keys_in_order()}
    countries, positions = data.table("countries"), data.table("positions")
    weights = data.table("kind_weights")
    return _Tables(
        countries={cc: _country(cc, countries.table(cc), pools, weights) for cc in COUNTRIES},
        positions={kind: positions.texts(kind) for kind in ORGANISATION_KINDS},
        to_ascii=str.maketrans(data.table("email").mapping("ascii")),
        yo=_both_cases(data.table("respelling").mapping("yo")),
    )


def _patronymic(rng: random.Random, pool: _Pool, family: str, female: bool) -> str:
    r = rng.random()
    index = 1 if female else 0
    style = pool.style
    if style == "ru":
        return _pick(rng, pool.patronymics)[index]
    if style == "kz":
        if r < 0.78:
            return _pick(rng, pool.patronymics)[index]
        if r < 0.90:
            return _pick(rng, pool.native)[index]
        return ""
    if style == "kg":
        return _pick(rng, pool.patronymics)[index] if r < 0.86 else ""
    if style == "tj":
        # Tajik -зода family names often come without a patronymic.
        limit = 0.3 if family.endswith("зода") else 0.85
        return _pick(rng, pool.patronymics)[index] if r < limit else ""
    if style == "uz":
        return _pick(rng, pool.native)[index] if r < 0.3 else ""
    return _pick(rng, pool.patronymics)[index] if r < 0.15 else ""


# --------------------------------------------------------------------------------------------
# Contact details
# --------------------------------------------------------------------------------------------


def _phone(rng: random.Random, country: str) -> str:
    prefix = _pick(rng, _tables().countries[country].mobile_prefixes)
    n = int(rng.random() * 10**7)
    if country == "KZ":
        return f"+7 {prefix} {n // 10**4:03d} {n // 100 % 100:02d} {n % 100:02d}"
    if country == "KG":
        n //= 10
        return f"+996 {prefix} {n // 1000:03d} {n % 1000:03d}"
    if country == "TJ":
        return f"+992 {prefix} {n // 10**4:03d} {n // 100 % 100:02d} {n % 100:02d}"
    if country == "TM":
        n //= 10
        return f"+993 {prefix} {n // 10**4:02d} {n // 100 % 100:02d} {n % 100:02d}"
    return f"+998 {prefix} {n // 10**4:03d} {n // 100 % 100:02d} {n % 100:02d}"


def _languages(rng: random.Random, country: str, russian_pool: bool) -> tuple[str, ...]:
    tables = _tables().countries[country]
    primary = tables.language
    if russian_pool:
        langs = ["ru", primary] if rng.random() < 0.3 else ["ru"]
    else:
        langs = [primary, "ru"] if rng.random() < tables.russian_share else [primary]
    if rng.random() < 0.35:
        langs.append("en")
    if rng.random() < 0.06:
        langs.append(_pick(rng, tables.extra_languages))
    return tuple(dict.fromkeys(langs))


@lru_cache(maxsize=4096)
def _ascii(text: str) -> str:
    return "".join(ch for ch in text.lower().translate(_tables().to_ascii) if "a" <= ch <= "z")


def _email(rng: random.Random, country: str, given: str, family: str, taken: set[str]) -> str:
    local = f"{_ascii(given)[:1]}.{_ascii(family)}"
    domain = f"@example.{country.lower()}"
    for _ in range(20):
        email = f"{local}{10 + int(rng.random() * 9990)}{domain}"
        if email not in taken:
            break
    else:
        suffix = 10000
        while (email := f"{local}{suffix}{domain}") in taken:
            suffix += 1
    taken.add(email)
    return email


# --------------------------------------------------------------------------------------------
# Near-duplicates: the same person typed differently
# --------------------------------------------------------------------------------------------

_Names = tuple[str, str, str]  # family, given, patronymic


def _respellings(country: str, names: _Names) -> list[_Names]:
    family, given, patronymic = names
    fold, yo = _tables().countries[country].fold, _tables().yo
    out: list[_Names] = [
        (family.translate(fold), given.translate(fold), patronymic.translate(fold)),
        (family.translate(fold), given, patronymic),
        (family.translate(yo), given.translate(yo), patronymic.translate(yo)),
    ]
    if patronymic:
        out.append((family, given, ""))
    if country == "UZ":
        for mark in ("'", "‘", "`"):
            out.append((family.replace("ʻ", mark), given.replace("ʻ", mark), patronymic))
        for masc, alt in (("yev", "ev"), ("yeva", "eva")):
            if family.endswith(masc):
                out.append((family[: -len(masc)] + alt, given, patronymic))
    if country == "TM":
        for masc, alt in (("ow", "ov"), ("owa", "ova"), ("ew", "ev"), ("ewa", "eva")):
            if family.endswith(masc):
                out.append((family[: -len(masc)] + alt, given, patronymic))
    return [v for v in dict.fromkeys(out) if v != names]


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

_DUPLICATE_SHARE = 0.01


def generate_people(count: int, seed: int = 2011) -> list[DemoPerson]:
    """``count`` demo participants, always the same ones for the same ``seed``.

    Countries and sexes are drawn evenly; e-mail addresses are unique within one call.
    About 1% of the people are re-spellings of an earlier person (see the module docstring).
    """
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    rng = random.Random(seed)
    people: list[DemoPerson] = []
    originals: list[int] = []
    taken: set[str] = set()
    for i in range(count):
        if originals and i >= 10 and rng.random() < _DUPLICATE_SHARE:
            twin = _respelled(rng, people[_pick(rng, originals)], taken)
            if twin is not None:
                people.append(twin)
                continue
        country = _pick(rng, COUNTRIES)
        r = rng.random()
        tables = _tables().countries[country]
        pool = next(p for share, p in tables.pools if r < share)
        female = rng.random() < 0.5
        masculine, feminine = _pick(rng, pool.families)
        family = feminine if female else masculine
        given = _pick(rng, pool.female if female else pool.male)
        patronymic = _patronymic(rng, pool, masculine, female)
        orgs = tables.organisations
        org = orgs[min(bisect.bisect(tables.cumulative, rng.random()), len(orgs) - 1)]
        originals.append(len(people))
        people.append(
            DemoPerson(
                family_name=family,
                given_name=given,
                patronymic=patronymic,
                sex="female" if female else "male",
                country=country,
                organisation=org,
                position=_pick(rng, _tables().positions[org.kind]),
                email=_email(rng, country, given, family, taken),
                phone=_phone(rng, country),
                languages=_languages(rng, country, pool.style == "ru"),
            )
        )
    return people


def _respelled(rng: random.Random, person: DemoPerson, taken: set[str]) -> DemoPerson | None:
    names = (person.family_name, person.given_name, person.patronymic)
    variants = _respellings(person.country, names)
    if not variants:
        return None
    family, given, patronymic = _pick(rng, variants)
    return replace(
        person,
        family_name=family,
        given_name=given,
        patronymic=patronymic,
        email=_email(rng, person.country, given, family, taken),
    )
