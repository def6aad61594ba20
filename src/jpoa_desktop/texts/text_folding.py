"""Folding text to one comparable Latin form, so that a search typed in either script finds both.

The folded form is only ever compared with another folded form, never shown, so it may be lossy:
Cyrillic is transliterated in the spirit of ICAO 9303 (with the Kazakh, Kyrgyz, Tajik and Uzbek
letters mapped to their nearest Latin), case and diacritics are dropped, and the many apostrophes
of Uzbek Latin (Oʻ, O', O‘) disappear. `terror` and `террор` both fold to `terror`. Turkmen Latin
letters that stand for two English letters are spelled out (ç → ch, ş → sh, ž → zh), so that
`Täçmyradow`, `Tachmyradov` and `Тачмырадов` are one name.

Changing what `fold` returns changes every derived index: raise `FOLDING_VERSION` with it, and
databases rebuild their search indexes on the next start (see `search_index`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from jpoa_desktop.errors import QT_TRANSLATE_NOOP

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic letters.
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ў": "o", "ҫ": "s", "ӗ": "e",
}  # fmt: skip
# Turkmen (and Turkish, Azerbaijani) Latin letters. ý, ä, ň, ü, ö lose their marks below anyway;
# they are listed so the table says what each Turkmen letter becomes.
_TURKIC_LATIN = {
    "ç": "ch", "ş": "sh", "ž": "zh", "ý": "y", "ä": "a", "ň": "n", "ü": "u", "ö": "o",
    "ı": "i", "ə": "a", "җ": "j",
}  # fmt: skip
_CYRILLIC_TABLE = str.maketrans({**_CYRILLIC, **_TURKIC_LATIN})
_MARKS_ONLY_TABLE = str.maketrans(_CYRILLIC)  # ç stays ç, and loses its mark below
FOLDING_VERSION = 2  # 1: scripts and diacritics; 2: Turkmen letters, library spellings and stems

# Spellings that differ only by convention: Yusupov/Iusupov, Sergeyev/Sergeev, Qazaq/Kazak,
# Turkmen Orazow/Orazov.
_LATIN_VARIANTS = (("yu", "iu"), ("ya", "ia"), ("ye", "e"), ("q", "k"), ("w", "v"))

APOSTROPHES = "ʻʼ‘’'`´ʹ"
_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)

WORD = re.compile(r"\w+(?:[" + APOSTROPHES + r"]\w+)*")


def fold(text: str) -> str:
    """Lower-case, Latin-script, diacritic-free, apostrophe-free form of `text`."""
    return _fold(text, _CYRILLIC_TABLE)


def fold_marks_only(text: str) -> str:
    """`fold`, but Turkmen ç ş ž just lose their marks (c s z), as on a keyboard without them:
    a name is indexed under both, so `Tacmyradov` finds `Täçmyradow` as `Tachmyradov` does."""
    return _fold(text, _MARKS_ONLY_TABLE)


def _fold(text: str, table: dict[int, str]) -> str:
    latin = text.casefold().translate(table)
    for variant, canonical in _LATIN_VARIANTS:
        latin = latin.replace(variant, canonical)
    decomposed = unicodedata.normalize("NFKD", latin)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_APOSTROPHE_TABLE)


def words(text: str) -> list[str]:
    """The words of a query as typed, keeping Uzbek apostrophes inside a word."""
    return WORD.findall(unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class QueryWords:
    """The words a search uses, and whether some of what was typed was left out."""

    words: tuple[str, ...]
    truncated: bool

    @property
    def text(self) -> str:
        """The words searched, as a command line echoes them back."""
        return " ".join(self.words)


MAX_QUERY_WORDS = 8
# What every search says to a query with no word in it (empty, spaces, punctuation).
NO_WORDS = QT_TRANSLATE_NOOP("Errors", "Type at least one word to search for.")
MAX_QUERY_CHARS = 200


def query_words(query: str) -> QueryWords:
    """The first `MAX_QUERY_WORDS` words of the first `MAX_QUERY_CHARS` characters of `query`.

    A pasted page (or a thousand words from a script) would otherwise become one SQL condition
    per word, past what the database accepts; nobody means a search of more than a few words.
    """
    head = query[:MAX_QUERY_CHARS]
    found = words(head)
    cut = WORD.search(query, MAX_QUERY_CHARS) is not None
    return QueryWords(tuple(found[:MAX_QUERY_WORDS]), cut or len(found) > MAX_QUERY_WORDS)


def long_query_note(query: str) -> str:
    """What a command line says when `query_words` left words out; empty when it did not."""
    if not query_words(query).truncated:
        return ""
    return (
        f"The query is long: only its first {MAX_QUERY_WORDS} words "
        f"(within {MAX_QUERY_CHARS} characters) were searched."
    )


@lru_cache(maxsize=50_000)
def fold_word(word: str) -> str:
    """`fold` for one word, cached: library texts repeat the same words over and over."""
    return fold(word)


def word_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) for each word of `text[start:end]`, offsets into `text`."""
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        yield m.start(), m.end(), fold_word(m.group())
