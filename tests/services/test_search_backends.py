"""The same search on a laptop's SQLite file and on the team's PostgreSQL server gives the same
hits in the same order: the library (FTS5 there, a `tsvector` here, bm25 on both) and the
directory (people, the directory's pages and the check-in door) over the same data: the
built-in library with texts in the region's other languages, and the demo's people.

(The people are added through the people service rather than by the demo loader: the demo's
strategies are another part of the app, whose failures should not be this test's.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.postgres_cluster import Cluster

from jpoa_desktop.content.demo_people import generate_people
from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.services.database import Database, open_database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.search import SearchService
from jpoa_desktop.services.people.directory import DirectoryService
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopInput, WorkshopService
from jpoa_desktop.texts.transliteration import to_latin

TODAY = date(2026, 12, 6)
DEMO_PEOPLE = 60

# Texts in the region's other languages, beside the built-in English and Russian library.
REGION_PACK = """
[meta]
pack = "region"
version = 1

[[item]]
key = "area-iv.31"
kind = "area"
pillar = 4
code = "IV.31"
[item.title]
kk = "Қазақстан Республикасының ұлттық қауіпсіздігі"
ky = "Кыргыз Республикасынын улуттук коопсуздугу"
tg = "Амнияти миллии Ҷумҳурии Тоҷикистон"
uz = "Oʻzbekiston Respublikasining milliy xavfsizligi"
[item.body]
kk = "Терроризмге қарсы іс-қимыл және шекара қызметі. Құқық қорғау органдарының өзара іс-қимылы."
ky = "Экстремизмге каршы аракеттенүү, чек ара кызматы жана укук коргоо органдары."
tg = "Муқовимат бо терроризм ва ифротгароӣ; ҳуқуқи инсон ва хизмати сарҳадӣ."
uz = "Terrorizmga qarshi kurash, chegara xizmati va huquqni muhofaza qilish organlari."

[[item]]
key = "area-iv.32"
kind = "area"
pillar = 4
code = "IV.32"
[item.title]
uz = "O‘zbekiston va Qirgʻiziston hamkorligi"
tk = "Türkmenistanyň serhet gullugy bilen hyzmatdaşlyk"
[item.body]
uz = "Gʻoyaviy tarbiya, yoshlar va terrorchilikka qarshi choralar."
tk = "Terrorçylyga garşy göreş we serhet howpsuzlygy."
"""

LIBRARY_QUERIES = [
    # Latin typed, Cyrillic written (and back)
    ("terror", "ru"),
    ("terrorizm", "ru"),
    ("террор", "en"),
    ("Kazakhstan", "en"),
    ("Кыргызстан", "ru"),
    # Uzbek apostrophes
    ("Oʻzbekiston", "uz"),
    ("O'zbekiston", "uz"),
    ("O’zbekiston", "uz"),
    ("O`zbekiston", "uz"),
    ("ozbekiston", "en"),
    ("Ўзбекистон", "ru"),
    ("gʻoyaviy", "uz"),
    # British and American spellings, plural and singular
    ("radicalisation", "en"),
    ("radicalization", "en"),
    ("defence", "en"),
    ("organisation", "en"),
    ("programme", "en"),
    ("centre", "en"),
    ("fighters", "en"),
    ("fighter", "en"),
    ("victims", "en"),
    ("терроризма", "ru"),
    # Kazakh, Kyrgyz, Tajik and Turkmen letters
    ("қауіпсіздігі", "kk"),
    ("кауипсиздиги", "kk"),
    ("коопсуздугу", "ky"),
    ("Ҷумҳурии", "tg"),
    ("ҳуқуқи", "tg"),
    ("huquq", "en"),
    ("Türkmenistanyň", "tk"),
    ("serhet", "en"),
    # prefixes and several words
    ("рад", "ru"),
    ("financ", "en"),
    ("terr", "en"),
    ("foreign terrorist fighters", "en"),
    ("border security", "en"),
    ("права человека", "ru"),
    # words FTS5 cuts in two (a phrase), numbering, a single letter
    ("UN's", "en"),
    ("Da'esh", "en"),
    ("a_b", "en"),
    ("counter-terrorism", "en"),
    ("I.4", "en"),
    ("e", "en"),
]


@dataclass(frozen=True)
class Pair:
    """The same data on both databases."""

    sqlite: Database
    server: Database
    workshop: int  # the check-in door's workshop, the same id on both


def _fill(db: Database, pack: Path) -> tuple[Database, int]:
    """The library and the region's texts; the demo's people (and two typed by hand), every
    one registered at one workshop."""
    content = ContentService(db.session_scope)
    content.load_builtin()
    content.import_framework(pack)
    people = PeopleService(db.session_scope)
    added = [
        people.add(
            PersonInput(
                family_name=p.family_name,
                given_name=p.given_name,
                patronymic=p.patronymic,
                latin_family_name=to_latin(p.family_name),
                latin_given_name=to_latin(p.given_name),
                country=p.country,
            )
        )
        for p in generate_people(DEMO_PEOPLE)
    ]
    added.append(people.add(PersonInput(family_name="Юсупов", given_name="Тимур", country="UZ")))
    added.append(people.add(PersonInput(family_name="Täçmyradow", given_name="Şatlyk")))
    workshops = WorkshopService(db.session_scope)
    workshop = workshops.create(
        WorkshopInput(titles={"en": "Border security"}, start=TODAY, end=TODAY, country="TM")
    )
    for person in added:
        workshops.register(workshop, person)
    with db.session_scope() as session:  # badge codes are drawn at random: the same on both
        for registration in session.scalars(select(Registration)):
            registration.badge_code = f"{registration.person_id:08d}"
    return db, workshop


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, postgres_cluster: Cluster) -> Iterator[Pair]:
    folder = tmp_path_factory.mktemp("backends")
    pack = folder / "region.toml"
    pack.write_text(REGION_PACK, encoding="utf-8")
    name = postgres_cluster.new_database_name()
    url = postgres_cluster.create_database(name)
    server, workshop = _fill(open_database(url.render_as_string(hide_password=False)), pack)
    sqlite, same_workshop = _fill(open_database(str(folder / "laptop.sqlite")), pack)
    try:
        assert same_workshop == workshop
        yield Pair(sqlite, server, workshop)
    finally:
        sqlite.dispose()
        server.dispose()
        postgres_cluster.drop_database(name)


def _hits(db: Database, query: str, lang: str) -> list[tuple[int, str, float]]:
    return [(h.id, h.title, h.score) for h in SearchService(db.session_scope).search(query, lang)]


@pytest.mark.parametrize(("query", "lang"), LIBRARY_QUERIES)
def test_the_library_finds_the_same_items_in_the_same_order(
    both: Pair, query: str, lang: str
) -> None:
    on_laptop = _hits(both.sqlite, query, lang)
    assert on_laptop, query  # every query finds something: an empty match proves nothing
    assert _hits(both.server, query, lang) == on_laptop


def test_the_server_finds_the_uzbek_title_by_every_apostrophe(both: Pair) -> None:
    title = "IV.31 Oʻzbekiston Respublikasining milliy xavfsizligi"
    for query in ("Oʻzbekiston", "O'zbekiston", "O’zbekiston", "O`zbekiston", "Ўзбекистон"):
        assert title in [t for _, t, _ in _hits(both.server, query, "uz")], query


def _name_queries(db: Database) -> list[str]:
    """Words of the demo's names as people type them: whole, cut short, in either script."""
    rows = DirectoryService(db.session_scope).page("", "name", False, 0, 100)
    queries = []
    for row in rows:
        queries += [row.family_name, row.family_name[:3], row.given_name.lower()]
        queries += [word for word in row.latin.split()[:2] if word]
    return list(dict.fromkeys(q for q in queries if q))


def test_the_directory_finds_the_same_people_in_the_same_order(both: Pair) -> None:
    queries = _name_queries(both.sqlite)
    assert len(queries) > 60
    assert _name_queries(both.server) == queries
    found = 0
    for query in [*queries, "a", "ov", "Yusupov", "Iusupov", "Юсупов", "Tachmyradov", "Tacm"]:
        rows = []
        for db in (both.sqlite, both.server):
            people = [p.id for p in PeopleService(db.session_scope).search(query)]
            page = DirectoryService(db.session_scope).page(query, "name", False, 0, 100)
            door = AttendanceService(db.session_scope).find(both.workshop, query)
            rows.append((people, [r.id for r in page], [r.person_id for r in door]))
        assert rows[1] == rows[0], query
        found += bool(rows[0][0])
    assert found >= len(queries)  # every name word finds its person


def test_a_server_made_with_a_language_collation_finds_and_lists_people_as_a_laptop(
    tmp_path: Path, postgres_cluster: Cluster
) -> None:
    """Under English collation `{` sorts before `z`: the prefix range of `Aziz` (aziz up to
    azi{) would miss `Abdulaziz`'s word, were the words not compared code point by code point."""
    name = postgres_cluster.new_database_name()
    postgres_cluster.admin_sql(
        f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
        "LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C.UTF-8'"
    )
    server = open_database(postgres_cluster.url(name).render_as_string(hide_password=False))
    laptop = open_database(str(tmp_path / "laptop.sqlite"))
    try:
        listed = []
        for db in (laptop, server):
            people = PeopleService(db.session_scope)
            for family, given in [("Aziz", "Abdulaziz"), ("Zaripov", "Aziz"), ("Ziyoev", "Zafar")]:
                people.add(PersonInput(family_name=family, given_name=given))
            listed.append([[p.id for p in people.search(q)] for q in ("Aziz", "z", "Abdulaziz")])
        assert listed[0] == [[1, 2], [2, 3], [1]]
        assert listed[1] == listed[0]
    finally:
        server.dispose()
        laptop.dispose()
        postgres_cluster.drop_database(name)
