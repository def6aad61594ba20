"""Which language a handout falls back to, and the record of every text that did.

A trainer in Bishkek who prints a Kyrgyz handout and finds no Kyrgyz text for something expects
the Russian one (every participant reads it), not English; English is the last resort. And the
trainer must be told: a Kazakh heading over an English body that reports nothing looks finished
and is not. So each handout language has a fixed order of languages to try, and each text printed
in another language than the one asked for is recorded as a `Fallback`.
"""

from __future__ import annotations

from collections.abc import Iterable

HANDOUT_LANGUAGES = ("en", "ru", "kk", "ky", "tg", "uz", "tk")
NATIONAL_LANGUAGES = ("kk", "ky", "tg", "uz", "tk")
LATIN_SCRIPT = frozenset({"en", "uz", "tk"})  # the others are written in Cyrillic
LAST_RESORT = "en"


def fallback_chain(language: str) -> tuple[str, ...]:
    """The languages to try, in order: Kazakh → Russian → English; Russian → English."""
    if language in NATIONAL_LANGUAGES:
        return (language, "ru", LAST_RESORT)
    if language == LAST_RESORT:
        return (LAST_RESORT,)
    return (language, LAST_RESORT)


def first_available(available: Iterable[str], language: str) -> str | None:
    """The first language of `language`'s chain that `available` has, or None."""
    present = set(available)
    return next((code for code in fallback_chain(language) if code in present), None)


class Fallback(str):
    """The name of a text printed in another language than the handout's (`printed`, for want
    of a `wanted` one): "thematic_areas", "pillar-3 body".

    It is a `str` (the name) so that every handout's existing report, a list of names, carries it
    unchanged through the builders and the batch; the preview and the `jpoa handout` command read
    `printed` to say which language each text came out in."""

    wanted: str
    printed: str

    def __new__(cls, name: str, wanted: str, printed: str) -> Fallback:
        made = super().__new__(cls, name)
        made.wanted = wanted
        made.printed = printed
        return made

    def __reduce__(self) -> tuple[object, ...]:  # copies and pickles keep the languages
        return (Fallback, (str(self), self.wanted, self.printed))


def printed_language(name: str) -> str:
    """The language a reported text came out in; a plain name (older reports) meant English."""
    return name.printed if isinstance(name, Fallback) else LAST_RESORT


def by_language(names: Iterable[str]) -> dict[str, list[str]]:
    """Reported names grouped by the language they were printed in, each once, sorted."""
    grouped: dict[str, set[str]] = {}
    for name in names:
        grouped.setdefault(printed_language(name), set()).add(str(name))
    return {code: sorted(found) for code, found in sorted(grouped.items())}


def as_report(names: Iterable[str]) -> list[dict[str, str]]:
    """[{"text": "pillar-3 body", "language": "ru"}, …] for a JSON report, sorted by text."""
    seen = {(str(name), printed_language(name)) for name in names}
    return [{"text": text, "language": code} for text, code in sorted(seen)]


FALLBACK_LANG = "en"  # the last language every text falls back to


def pick(by_lang: dict[str, str] | None, lang: str) -> str:
    """The text in `lang`, else the next of its fallback chain (a national language reads
    Russian, then English), else any language, else an empty string."""
    if not by_lang:
        return ""
    code = first_available((c for c, text in by_lang.items() if text), lang)
    return by_lang[code] if code else next(iter(by_lang.values()), "")
