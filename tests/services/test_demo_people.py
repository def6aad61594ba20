"""Demo participants: deterministic, evenly mixed, written in each country's own script."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from jpoa_desktop.content.demo_people import (
    COUNTRIES,
    ORGANISATION_KINDS,
    DemoPerson,
    generate_people,
    organisations,
)

CYRILLIC_COUNTRIES = ("KZ", "KG", "TJ")
LATIN_COUNTRIES = ("UZ", "TM")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
TAJIK_LETTERS = set("ӣӯҳҷӢӮҲҶ")
TURKMEN_LETTERS = set("äçňöşüýžÄÇŇÖŞÜÝŽ")
# The same apostrophe typed three ways: the near-duplicates use ' ‘ ` for the proper ʻ.
UZ_MARKS = set("ʻ'‘`")

PHONE = {
    "KZ": re.compile(r"\+7 7\d\d \d{3} \d\d \d\d"),
    "KG": re.compile(r"\+996 \d{3} \d{3} \d{3}"),
    "TJ": re.compile(r"\+992 \d\d \d{3} \d\d \d\d"),
    "TM": re.compile(r"\+993 \d\d \d\d \d\d \d\d"),
    "UZ": re.compile(r"\+998 \d\d \d{3} \d\d \d\d"),
}


@pytest.fixture(scope="module")
def people() -> list[DemoPerson]:
    return generate_people(20_000)


def _is_cyrillic_name(value: str) -> bool:
    return bool(value) and all("\u0400" <= ch <= "\u04ff" for ch in value)


def _is_latin_name(value: str) -> bool:
    return bool(value) and all(
        ("A" <= ch <= "Z") or ("a" <= ch <= "z") or ("\u00c0" <= ch <= "\u024f") or ch in UZ_MARKS
        for ch in value
    )


def _triple(p: DemoPerson) -> tuple[str, str, str]:
    return (p.family_name, p.given_name, p.patronymic)


def test_the_same_seed_gives_the_same_people_and_another_seed_others() -> None:
    first = generate_people(500, seed=7)
    assert first == generate_people(500, seed=7)
    other = generate_people(500, seed=8)
    assert first != other
    assert sum(a == b for a, b in zip(first, other, strict=True)) < 10


def test_generation_does_not_touch_the_global_random_state() -> None:
    import random

    random.seed(1)
    expected = random.random()
    random.seed(1)
    generate_people(100)
    assert random.random() == expected


def test_count_is_respected_and_negative_count_refused() -> None:
    assert generate_people(0) == []
    assert len(generate_people(37)) == 37
    with pytest.raises(ValueError):
        generate_people(-1)


def test_countries_and_sexes_are_evenly_mixed(people: list[DemoPerson]) -> None:
    assert len(people) == 20_000
    countries = Counter(p.country for p in people)
    assert set(countries) == set(COUNTRIES)
    for country, n in countries.items():
        assert 0.15 <= n / len(people) <= 0.25, (country, n)
    sexes = Counter(p.sex for p in people)
    assert set(sexes) == {"female", "male"}
    assert 0.4 <= sexes["female"] / len(people) <= 0.6


def test_names_are_varied_enough(people: list[DemoPerson]) -> None:
    assert len({_triple(p) for p in people}) >= 15_000


def test_emails_are_unique_ascii_and_in_the_country_example_domain(
    people: list[DemoPerson],
) -> None:
    assert len({p.email for p in people}) == len(people)
    for p in people:
        assert re.fullmatch(r"[a-z]\.[a-z]+\d+@example\.[a-z]{2}", p.email), p.email
        assert p.email.endswith(f"@example.{p.country.lower()}"), p


def test_phones_follow_the_national_format(people: list[DemoPerson]) -> None:
    for p in people:
        assert PHONE[p.country].fullmatch(p.phone), (p.country, p.phone)


def test_languages_are_iso_639_1_codes_without_repeats(people: list[DemoPerson]) -> None:
    primary = {"KZ": "kk", "KG": "ky", "TJ": "tg", "TM": "tk", "UZ": "uz"}
    for p in people:
        assert p.languages
        assert all(re.fullmatch(r"[a-z]{2}", code) for code in p.languages), p.languages
        assert len(set(p.languages)) == len(p.languages)
        assert p.languages[0] in {primary[p.country], "ru"}
    assert any("en" in p.languages for p in people)


def test_names_are_written_in_the_country_script(people: list[DemoPerson]) -> None:
    for p in people:
        check = _is_cyrillic_name if p.country in CYRILLIC_COUNTRIES else _is_latin_name
        assert check(p.family_name), p
        assert check(p.given_name), p
        if p.patronymic:
            assert all(check(part) for part in p.patronymic.split(" ")), p


def _share(people: list[DemoPerson], country: str, letters: set[str]) -> float:
    mine = [p for p in people if p.country == country]
    hits = [p for p in mine if letters & set(p.family_name + p.given_name + p.patronymic)]
    return len(hits) / len(mine)


def test_national_letters_appear_in_a_good_share_of_names(people: list[DemoPerson]) -> None:
    assert _share(people, "KZ", KAZAKH_LETTERS) > 0.5
    assert _share(people, "KG", set("ңөүҢӨҮ")) > 0.3
    assert _share(people, "TJ", TAJIK_LETTERS) > 0.5
    assert _share(people, "UZ", {"ʻ"}) > 0.2
    assert _share(people, "TM", TURKMEN_LETTERS) > 0.5


def test_russian_letter_yo_appears_for_the_e_yo_near_duplicates(people: list[DemoPerson]) -> None:
    assert any("ё" in p.family_name or "ё" in p.given_name for p in people)


def test_feminine_and_masculine_forms(people: list[DemoPerson]) -> None:
    """Rule: a Cyrillic patronymic is Russian-style (-вич/-ич for men, -вна/-чна for women),
    or, in Kazakhstan only, the Kazakh form -ұлы (son of) / -қызы (daughter of), which a
    near-duplicate typed on a Russian keyboard writes -улы / -кызы.
    Family names: a woman's never ends in the masculine -ов/-ев/-ин (-ow/-ew, -ov/-ev in Latin),
    a man's never in the feminine -ова/-ева/-ина; -зода and other indeclinable forms are both.
    """
    checked_female = checked_male = 0
    for p in people:
        family = p.family_name
        if p.sex == "female":
            assert not family.endswith(("ов", "ев", "ёв", "ин", "ow", "ew", "ov", "ev")), p
            assert not family.endswith(("ский", "цкий")), p
        else:
            assert not family.endswith(("ова", "ева", "ёва", "ина", "owa", "ewa", "ova", "eva")), p
        if p.country not in CYRILLIC_COUNTRIES or not p.patronymic:
            continue
        if p.sex == "female":
            checked_female += 1
            kazakh = p.country == "KZ" and p.patronymic.endswith(("қызы", "кызы"))
            assert p.patronymic.endswith(("вна", "чна")) or kazakh, p
        else:
            checked_male += 1
            kazakh = p.country == "KZ" and p.patronymic.endswith(("ұлы", "улы"))
            assert p.patronymic.endswith("ич") or kazakh, p
    assert checked_female > 3000
    assert checked_male > 3000


def test_latin_feminine_family_names_use_a_latin_a(people: list[DemoPerson]) -> None:
    women = [p for p in people if p.country in LATIN_COUNTRIES and p.sex == "female"]
    assert sum(p.family_name.endswith(("owa", "ewa", "ova", "eva")) for p in women) > 0.8 * len(
        women
    )


def test_some_people_are_the_same_person_typed_differently(people: list[DemoPerson]) -> None:
    """About 1% re-spell an earlier person: same phone and organisation, other e-mail."""
    by_phone: defaultdict[str, list[DemoPerson]] = defaultdict(list)
    for p in people:
        by_phone[p.phone].append(p)
    twins = [group for group in by_phone.values() if len(group) > 1]
    assert 0.005 * len(people) <= len(twins) <= 0.02 * len(people)
    respelled = 0
    for group in twins:
        first, second = group[0], group[1]
        if (first.country, first.sex, first.organisation) == (
            second.country,
            second.sex,
            second.organisation,
        ):
            assert _triple(first) != _triple(second)
            assert first.email != second.email
            respelled += 1
    assert respelled >= 0.9 * len(twins)
    # Several kinds of re-spelling show up.
    dropped = sum(g[0].patronymic != "" and g[1].patronymic == "" for g in twins)
    apostrophe = sum(any(m in g[1].family_name + g[1].given_name for m in "'‘`") for g in twins)
    assert dropped > 0
    assert apostrophe > 0


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_country_has_8_to_12_organisations_of_every_kind(country: str) -> None:
    orgs = organisations(country)
    assert 8 <= len(orgs) <= 12
    assert {o.kind for o in orgs} == set(ORGANISATION_KINDS)
    assert all(o.country == country for o in orgs)
    assert all(o.name and o.name_en.isascii() for o in orgs)
    assert len({o.name for o in orgs}) == len(orgs)


def test_some_organisation_name_is_longer_than_90_characters() -> None:
    assert any(len(o.name) > 90 for c in COUNTRIES for o in organisations(c))


def test_unknown_country_is_refused() -> None:
    with pytest.raises(ValueError):
        organisations("RU")


def test_people_work_for_organisations_of_their_own_country(people: list[DemoPerson]) -> None:
    for p in people:
        assert p.organisation in organisations(p.country)
        assert p.position and _is_cyrillic_name(p.position.replace(" ", ""))
    assert {p.organisation.kind for p in people} == set(ORGANISATION_KINDS)
