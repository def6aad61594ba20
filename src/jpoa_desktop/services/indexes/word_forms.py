"""The forms a library word is indexed and searched under: its spelling and its stem.

A reader types `radicalisation`, `fighters` or `терроризма`; the texts say `radicalization`,
`fighter` and `терроризм`. Two steps bring both sides together, the same at index and at query
time, so a wrong guess only ever merges two forms, never loses one:

- British spellings fold to the American ones the Snowball English stemmer was written for
  (-isation/-ise → -ization/-ize, -our → -or, -tre → -ter, defence → defense, travelled →
  traveled, catalogue → catalog, programme → program). Names are never touched: this is for
  the library only, the people directory folds scripts but keeps spellings.
- Snowball stems (the kept `snowballstemmer` implementation, not our own suffix rules): the
  English stemmer for Latin words, the Russian one for Cyrillic words.

Everything here works on one word at a time and is cached: the library repeats its words.
Changing a rule changes what the index holds: raise `text_folding.FOLDING_VERSION` with it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jpoa_desktop.texts.text_folding import fold_word

_CYRILLIC = re.compile("[\u0400-\u04ff]")

# Words that end in -ise in American English too: left as they are.
_ISE_TEXT = (
    "advertise advise apprise arise chastise circumcise clockwise comprise compromise concise "
    "demise despise devise disguise enterprise excise exercise expertise franchise guise "
    "improvise incise likewise merchandise noise otherwise paradise poise praise precise "
    "premise promise raise reprise revise rise supervise surmise surprise televise treatise "
    "wise cruise anise"
)
_ISE_WORDS = frozenset(_ISE_TEXT.split())
_ISE_ENDINGS = ("ise", "ises", "ised", "ising", "iser", "isers")
_YSE_ENDINGS = ("yse", "ysed", "ysing", "yser", "ysers")
_OUR_SUFFIXES = ("", "s", "ed", "ing", "ite", "ites", "able", "ably", "al", "ally", "er", "ers")
_OUR_KEPT = frozenset(("contour", "detour", "devour", "flour", "velour", "amour", "scour"))
_TRE_ENDINGS = {"tre": "ter", "tres": "ters", "tred": "tered", "bre": "ber", "bres": "bers"}
# Left as they are; `hatre` keeps `hatred` from becoming `hatered`.
_TRE_KEPT = frozenset(("notre", "entre", "contre", "maitre", "macabre", "timbre", "hatre"))
_CE_STEMS = (
    ("defenc", "defens"),
    ("offenc", "offens"),
    ("pretenc", "pretens"),
    ("licenc", "licens"),
    ("practis", "practic"),
)
_WHOLE_WORDS = {
    "programme": "program",
    "programmes": "programs",
    "ageing": "aging",
    "grey": "gray",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
}
_LLED = re.compile(r"^(.*[aeiouy])ll(ed|ing|er|ers)$")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _ise(word: str) -> str:
    word = word.replace("isation", "ization")
    for ending in _ISE_ENDINGS:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 3 and base + "ise" not in _ISE_WORDS:
            return base + "iz" + ending[2:]
    for ending in _YSE_ENDINGS:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 3:
            return base + "yz" + ending[2:]
    return word


def _our(word: str) -> str:
    at = word.rfind("our")
    if at < 2 or word[at + 3 :] not in _OUR_SUFFIXES or word[: at + 3] in _OUR_KEPT:
        return word
    return word[:at] + "or" + word[at + 3 :]


def _tre(word: str) -> str:
    for ending, american in _TRE_ENDINGS.items():
        base = word[: -len(ending)]
        kept = base + ending[:3] in _TRE_KEPT
        if word.endswith(ending) and len(base) >= 2 and not kept:
            return base + american
    return word


def _lled(word: str) -> str:
    """travelled → traveled, but killed stays: only a word of two syllables or more doubles."""
    m = _LLED.match(word)
    if m is None or len(_VOWEL_GROUPS.findall(m.group(1))) < 2:
        return word
    return m.group(1) + "l" + m.group(2)


@lru_cache(maxsize=50_000)
def spelling(folded: str) -> str:
    """The American spelling of a folded Latin word (`defence` → `defense`), else the word."""
    if folded in _WHOLE_WORDS:
        return _WHOLE_WORDS[folded]
    word = folded.replace("dgement", "dgment")
    for british, american in _CE_STEMS:
        if word.startswith(british):
            word = american + word[len(british) :]
            break
    if word.endswith("ogue") or word.endswith("ogues"):
        base = word[: word.rfind("ogue")]
        if len(base) >= 3:
            word = base + "og" + word[len(base) + 4 :]
    return _lled(_tre(_our(_ise(word))))


class _Stemmers:
    """Snowball stemmers keep state while they work, so one lock serialises them. They are made
    on first use: the package loads every language's stemmer, which a command that never
    searches should not wait for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._made: dict[str, Any] = {}

    def stem(self, language: str, word: str) -> str:
        with self._lock:
            stemmer = self._made.get(language)
            if stemmer is None:
                import snowballstemmer  # type: ignore[import-untyped]

                stemmer = self._made[language] = snowballstemmer.stemmer(language)
            return str(stemmer.stemWord(word))


_STEMMERS = _Stemmers()


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


@lru_cache(maxsize=50_000)
def plain_form(word: str) -> str:
    """The word folded to Latin, with a Latin word's spelling made American."""
    folded = fold_word(word)
    return folded if is_cyrillic(word) else spelling(folded)


@lru_cache(maxsize=50_000)
def written_stem(word: str) -> str:
    """The word's Snowball stem in its own script (Russian for Cyrillic, English for Latin)."""
    if is_cyrillic(word):
        return _STEMMERS.stem("russian", word.casefold())
    return _STEMMERS.stem("english", plain_form(word))


@lru_cache(maxsize=50_000)
def stem_form(word: str) -> str:
    """The word's Snowball stem, folded to Latin: what the index holds beside the word."""
    return fold_word(written_stem(word))


@lru_cache(maxsize=50_000)
def index_forms(word: str) -> str:
    """What the index holds for one word: folded as written, spelled, stemmed, each once."""
    return " ".join(
        dict.fromkeys(f for f in (fold_word(word), plain_form(word), stem_form(word)) if f)
    )


@dataclass(frozen=True)
class Term:
    """One query word in every form it may match: as typed, folded, spelled, stemmed."""

    typed: str
    folded: str
    plain: str
    stem: str

    def matches(self, word: str) -> bool:
        """Whether a text word is this term: a prefix of its forms, or the same stem.

        A snippet tests every word of a text, so the cheap tests come first, and a word is only
        stemmed when it could share the stem (a stem keeps all but the end of its word).
        """
        folded = fold_word(word)
        if folded.startswith(self.folded):
            return True
        plain = plain_form(word)
        if plain.startswith(self.plain):
            return True
        head = self.stem[:-1]
        return (plain.startswith(head) or folded.startswith(head)) and stem_form(word) == self.stem


def term(word: str) -> Term:
    forms = (fold_word(word), plain_form(word), stem_form(word))
    return Term(word.casefold(), *forms)
