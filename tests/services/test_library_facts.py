"""The built-in library says only what is true: official titles and names, no office named for
a year before it existed, nobody named as today's head of an office, and the corrected terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jpoa_desktop.config import content_dir, resources_dir
from jpoa_desktop.content.packs import ItemSpec, builtin_packs
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.library.content import ContentService
from jpoa_desktop.services.library.library import LibraryService

OFFICIAL_PILLARS = {
    "en": (
        "Measures to address the conditions conducive to the spread of terrorism",
        "Measures to prevent and combat terrorism",
        "Measures to build States' capacity to prevent and combat terrorism and to strengthen "
        "the role of the United Nations system in this regard",
        "Measures to ensure respect for human rights for all and the rule of law as the "
        "fundamental basis of the fight against terrorism",
    ),
    "ru": (
        "Меры по устранению условий, способствующих распространению терроризма",
        "Меры по предотвращению терроризма и борьбе с ним",
        "Меры по укреплению потенциала государств по предотвращению терроризма и борьбе с ним "
        "и укреплению роли системы Организации Объединенных Наций в этой области",
        "Меры по обеспечению всеобщего уважения прав человека и верховенства права в качестве "
        "фундаментальной основы для борьбы с терроризмом",
    ),
}
UNOCT_NAMES = {"en": "UNOCT", "ru": "КТУ ООН"}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n+")


def _items() -> dict[str, ItemSpec]:
    return {item.key: item for pack in builtin_packs(content_dir()) for item in pack.items}


def _texts(language: str) -> list[tuple[str, str]]:
    """(item key, text) for every text of every item in `language`."""
    return [
        (item.key, by_language[language])
        for item in _items().values()
        for by_language in item.texts.values()
        if language in by_language
    ]


def _sentences(language: str) -> list[tuple[str, str]]:
    return [
        (key, sentence)
        for key, text in _texts(language)
        for sentence in SENTENCE_END.split(text)
        if sentence.strip()
    ]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_four_pillars_carry_the_official_titles_of_the_strategy(language: str) -> None:
    items = _items()
    titles = tuple(items[f"pillar-{n}"].texts["title"][language] for n in (1, 2, 3, 4))
    assert titles == OFFICIAL_PILLARS[language]
    overview = items["ungcts"].texts["body"][language]  # the article lists them too
    for number, title in zip(("I", "II", "III", "IV"), OFFICIAL_PILLARS[language], strict=True):
        assert f"- {number}. {title};" in overview or f"- {number}. {title}." in overview


def test_every_russian_text_calls_unoct_ktu_oon() -> None:
    russian = " ".join(text for _key, text in _texts("ru"))
    assert "УКТ ООН" not in russian
    assert "по контртеррористической деятельности" not in russian  # the old long name
    items = _items()
    assert items["partner-unoct"].texts["title"]["ru"] == "КТУ ООН"
    assert (
        items["partner-unoct"].texts["full_name"]["ru"]
        == "Контртеррористическое управление Организации Объединенных Наций"
    )
    assert items["unoct"].texts["title"]["ru"] == "Контртеррористическое управление ООН (КТУ ООН)"


def test_no_file_the_app_ships_still_says_ukt_oon() -> None:
    """Handout labels and the content files alike (the UI catalogue is the lead's to update)."""
    shipped = [*content_dir().glob("*.toml"), resources_dir() / "handouts" / "labels.toml"]
    assert [path.name for path in shipped if "УКТ" in path.read_text(encoding="utf-8")] == []


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_sentence_names_unoct_with_a_year_before_2017(language: str) -> None:
    wrong = [
        (key, sentence)
        for key, sentence in _sentences(language)
        if UNOCT_NAMES[language] in sentence
        and any(int(year) < 2017 for year in YEAR.findall(sentence))
    ]
    assert wrong == []


def test_uncct_is_described_as_part_of_unoct_not_its_predecessor() -> None:
    items = _items()
    for key in ("partner-uncct", "unoct", "un-project"):
        english = items[key].texts["body"]["en"]
        assert "2011" in english and "part of UNOCT" in english, key
    assert "before UNOCT" not in " ".join(text for _key, text in _texts("en"))


@pytest.mark.parametrize(("language", "first"), [("en", "first"), ("ru", "Первым")])
def test_a_head_of_office_is_only_ever_named_as_the_first_one(language: str, first: str) -> None:
    naming = [s for _key, s in _sentences(language) if "Voronkov" in s or "Воронков" in s]
    assert naming and all(first in sentence for sentence in naming)
    assert all("has been" not in sentence for sentence in naming)


def test_results_fund_and_resolutions_are_stated_precisely() -> None:
    items = _items()
    results = items["results"].texts["body"]
    assert "largely compliant with Security Council resolution 1373" in results["en"]
    assert "consistent with" not in results["en"]
    assert "в основном соответствующую резолюции Совета Безопасности 1373" in results["ru"]
    assert "UN Peace and Development Trust Fund" in items["phase-4"].texts["funders"]["en"]
    review = items["ga-8th-review"]
    assert review.meta["symbol"] == "A/RES/77/298"
    assert "A/RES/77/298" in review.texts["subject"]["en"]
    subject = items["sc-1267"].texts["subject"]
    assert "Taliban" in subject["en"] and "bin Laden" in subject["en"]
    assert "«Талибан»" in subject["ru"]


def test_the_glossary_has_the_watchlist_and_violent_extremism_conducive_to_terrorism(
    loaded_db: Database,
) -> None:
    entries = LibraryService(loaded_db.session_scope).glossary("ru")
    by_english = {entry.terms["en"]: entry.terms["ru"] for entry in entries}
    assert by_english["Watchlist"] == "Список наблюдения"
    assert (
        by_english["Violent extremism as and when conducive to terrorism"]
        == "Насильственный экстремизм, ведущий к терроризму"
    )
    framework = " ".join(text for key, text in _texts("ru") if key.startswith("area-"))
    assert "контрольн" not in framework.lower()


def test_a_library_loaded_from_the_old_files_is_corrected_on_the_next_start(
    tmp_path: Path, empty_db: Database
) -> None:
    """An upgrade reloads the changed files (their version was raised), and the library in the
    database then says КТУ ООН and carries the official pillar titles."""
    old = tmp_path / "old-content"
    old.mkdir()
    for name in ("partners.toml", "pillars.toml"):
        text = (content_dir() / name).read_text(encoding="utf-8")
        text = text.replace("version = 2", "version = 1").replace("КТУ ООН", "УКТ ООН")
        text = text.replace(OFFICIAL_PILLARS["ru"][2], "Меры по созданию потенциала государств")
        (old / name).write_text(text, encoding="utf-8")
    content = ContentService(empty_db.session_scope)
    library = LibraryService(empty_db.session_scope)
    content.load_builtin(folder=old)
    unoct = library.item_id_for_key("partner-unoct")
    assert unoct is not None and library.item(unoct, "ru").title == "УКТ ООН"
    report = content.load_builtin()
    assert {"partners", "pillars"} <= set(report.loaded)
    assert library.item(unoct, "ru").title == "КТУ ООН"
    assert library.pillars("ru")[2].title == OFFICIAL_PILLARS["ru"][2]
