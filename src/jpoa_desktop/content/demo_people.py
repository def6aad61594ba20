"""Realistic, deterministic demo participants for JPoA workshops (``jpoa demo``).

Plain Python only: no Qt, no database. The same seed always gives the same people, and
20,000 of them take a small fraction of a second. The names, organisations, positions and
phone prefixes are data, in resources/demo/people.toml (read by demo_people_tables.py); this
module holds only the rules that draw from them (shares, patronymics, phones and e-mails).

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
from functools import lru_cache
from typing import TypeVar

from jpoa_desktop.content.demo_people_tables import (
    COUNTRIES,
    DemoOrganisation,
    NamePool,
    people_tables,
)
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


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """``rng.choice`` without its overhead (it matters for 20,000 people)."""
    return items[int(rng.random() * len(items))]


def organisations(country: str) -> tuple[DemoOrganisation, ...]:
    """The demo organisations of one country (ISO 3166-1 alpha-2), every kind at least once."""
    if country.upper() not in COUNTRIES:
        raise ValueError(f"unknown country {country!r}; expected one of {COUNTRIES}")
    return people_tables().countries[country.upper()].organisations


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------


def _patronymic(rng: random.Random, pool: NamePool, family: str, female: bool) -> str:
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
    """`+7 701 234 56 78`: one draw of seven digits, cut to the country's groups."""
    tables = people_tables().countries[country]
    prefix = _pick(rng, tables.mobile_prefixes)
    n = int(rng.random() * 10**7) // 10 ** (7 - sum(tables.phone_groups))
    groups: list[str] = []
    for size in reversed(tables.phone_groups):
        n, digits = divmod(n, 10**size)
        groups.insert(0, f"{digits:0{size}d}")
    return " ".join((tables.dialling_code, prefix, *groups))


def _languages(rng: random.Random, country: str, russian_pool: bool) -> tuple[str, ...]:
    tables = people_tables().countries[country]
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
    return "".join(
        ch for ch in text.lower().translate(people_tables().to_ascii) if "a" <= ch <= "z"
    )


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
    fold, yo = people_tables().countries[country].fold, people_tables().yo
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
        tables = people_tables().countries[country]
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
                position=_pick(rng, people_tables().positions[org.kind]),
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
