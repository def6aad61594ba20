"""Reading a deadline as officials write it in an action plan.

The "Срок" column of a real plan is almost never a date: `2026–2028 гг.`, `IV квартал 2026 г.`,
`до 1 июля 2026 г.`, `ежегодно`, `2026-yil III chorak`, `семоҳаи IV 2026`. The plan keeps the
words as written (exports print them back) and derives a start and an end from them, so the
editor can still sort, filter and check periods. Words this module cannot read are kept too:
the result then says so (`understood` is False) and the import warns instead of refusing.

Pure and Qt-free: the words of the seven handout languages (Russian, English, Kazakh, Kyrgyz,
Tajik, Uzbek, Turkmen) are listed here as stems, matched on casefolded text.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

FIRST_YEAR, LAST_YEAR = 1990, 2100
KINDS = ("date", "year", "range", "quarter", "half", "month", "by_date", "recurring", "open")


@dataclass(frozen=True)
class Deadline:
    """The words, what kind of deadline they state, and the dates derived from them."""

    text: str
    kind: str  # one of KINDS, or "" when the words could not be read (or were empty)
    start: date | None = None
    end: date | None = None

    @property
    def understood(self) -> bool:
        return bool(self.kind) or not self.text


@dataclass(frozen=True)
class _Point:
    at: int  # where it starts in the text
    unit: str  # date | month | quarter | half | year
    start: date
    end: date


# Stems of month names (casefolded); the first stem a word starts with names the month.
_MONTHS: tuple[tuple[str, int], ...] = (
    # Kazakh first: its month names start like other languages' words
    ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
    ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11),
    ("желтоқсан", 12),
    # Russian, Kyrgyz and Tajik (январ-, феврал-, ...) share the stems
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("май", 5), ("мая", 5), ("мае", 5),
    ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11),
    ("декабр", 12),
    # English, Uzbek, Turkmen
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ("yanvar", 1), ("fevral", 2), ("mart", 3), ("aprel", 4), ("iyun", 6), ("iyul", 7),
    ("avgust", 8), ("sentyabr", 9), ("oktyabr", 10), ("noyabr", 11), ("dekabr", 12),
    ("ýanwar", 1), ("fewral", 2), ("maý", 5), ("iýun", 6), ("iýul", 7), ("awgust", 8),
    ("sentýabr", 9), ("oktýabr", 10), ("noýabr", 11),
)  # fmt: skip

_SHORT = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                    "dec", "май", "мая", "мае", "maý"})  # fmt: skip
_ORDINALS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4,
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
    "биринчи": 1, "экинчи": 2, "үчүнчү": 3, "төртүнчү": 4,
    "birinchi": 1, "ikkinchi": 2, "uchinchi": 3, "to'rtinchi": 4,
    "birinji": 1, "ikinji": 2, "üçünji": 3, "dördünji": 4,
    "аввал": 1, "якум": 1, "дуюм": 2, "сеюм": 3, "чорум": 4,
}  # fmt: skip
_ORD = (
    r"(?<!\w)(?P<{g}>iv|iii|ii|i|[1-4](?:-?(?:й|го|е|ый|ой|ое|ая|nji|njy|inchi|nchi|чи|ші|st|nd|rd|th))?-?"
    r"|first|second|third|fourth|перв\w*|втор\w*|трет\w*|четверт\w*|бірінші|екінші|үшінші"
    r"|төртінші|биринчи|экинчи|үчүнчү|төртүнчү|birinchi|ikkinchi|uchinchi|to'rtinchi|birinji"
    r"|ikinji|üçünji|dördünji|аввал\w*|якум\w*|дуюм\w*|сеюм\w*|чорум\w*)"
)
_QUARTER = (
    r"(?:квартал\w*|кв\b\.?|тоқсан\w*|чорак\w*|chorak\w*|çärýe\w*|чейре\w*|quarter\w*|qtr"
    r"|семоҳа\w*)"
)
_HALF = (
    r"(?:полугоди\w*|half|жартыжылды\w*|жарты\s+жыл\w*|жарым\s+жыл\w*|yarim\s+yil\w*"
    r"|yarimyillik\w*|yarmi\w*|ýarym\s+ýyl\w*|ýarymy\w*|нимсол\w*|нимаи\s+\w+\s+сол\w*)"
)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(r"(?<!\d)(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})(?!\d)")),
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    ("short", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")),
    ("day_month", re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})-?(?:го|е|nji|njy|inchi|nchi|чи|сі|ші|st|nd|rd|th)?\s*"
        r"(?P<month>[^\W\d_]{3,})")),
    ("quarter_span", re.compile(
        _ORD.format(g="a") + r"\s*-\s*" + _ORD.format(g="b") + r"\s*" + _QUARTER)),
    ("quarter", re.compile(_ORD.format(g="a") + r"\s*" + _QUARTER)),
    ("quarter", re.compile(_QUARTER + r"(?:и|ы|i)?\s*" + _ORD.format(g="a") + r"(?![\w])")),
    ("quarter", re.compile(r"\bq(?P<a>[1-4])\b")),
    ("half", re.compile(_ORD.format(g="a") + r"\s*" + _HALF)),
    ("half", re.compile(_HALF + r"(?:и|ы|i)?\s*" + _ORD.format(g="a") + r"(?![\w])")),
    ("half", re.compile(r"\bh(?P<a>[12])\b")),
    ("month", re.compile(r"(?P<month>[^\W\d_]{3,})")),
)  # fmt: skip

# Words that make a deadline recurring or open; "by" and "during" markers.
_RECURRING = re.compile(
    r"ежегодн|ежекварт|ежемесяч|annual|yearly|every\s+(?:year|quarter|month)|quarterly|monthly"
    r"|жыл\s+сайын|жыл\s+сайын|ар\s+жыл|ҳар\s+сол|ҳарсола|har\s+yil|har\s+ýyl|her\s+ýyl"
    r"|йил\s+сайин|ҳар\s+йил|har\s+chorak|ҳар\s+семоҳа|раз\s+в\s+(?:год|квартал|полугод|месяц)"
    r"|once\s+a\s+(?:year|quarter|month)|every\s+six\s+months"
)
_OPEN = re.compile(
    r"постоянн|на\s+постоян|по\s+мере\s+необходим|по\s+необходим|ongoing|continuous|permanent"
    r"|as\s+(?:needed|required)|when\s+needed|тұрақты|үнемі|қажеттілігіне|туруктуу|дайыма"
    r"|зарылчылыгына|доимӣ|доими|мунтазам|ҳангоми\s+зарурат|зарурат|doimiy|muntazam|zarur"
    r"|hemişe|yzygiderli|hemiše|zerurlyk|zerur\b|mudam"
)
_BY = re.compile(
    r"(?:^|[\s,;(])(?:до|к|не\s+позднее|не\s+позже|by|before|until|till|no\s+later\s+than"
    r"|not\s+later\s+than|то)\s|(?:дейін|дейин|чейин|çenli|қадар|qadar)\b|(?<=\w)(?:gacha|гача)"
    r"|\b(?:gacha|гача)\b"
)
_DURING = re.compile(
    r"в\s+течени|на\s+протяжении|during|throughout|within|бойы|ичинде|давомида|davomida"
    r"|дар\s+давоми|давоми|dowamynda|ішінде|по\s+итогам|at\s+the\s+end\s+of\s+the\s+year"
)
_DASHES = str.maketrans({c: "-" for c in "–—−‑‒"})


@lru_cache(maxsize=4096)  # a plan repeats its deadlines ("2026", "ежегодно") row after row
def parse_deadline(words: str, year: int | None = None) -> Deadline:
    """The deadline the words state; `kind` is "" when nothing could be read from them.

    `year` is the year the caller knows the words mean when they name none (a plan for 2026
    alone, or the row's other date): "IV тоқсан" is then the fourth quarter of that year.
    Without it such words keep their kind and have no dates."""
    text = " ".join(words.split())
    folded = text.casefold().translate(_DASHES).replace("ё", "е").replace("ʻ", "'")
    folded = folded.replace("’", "'").replace("`", "'")
    if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
        year = None
    points, undated, broken = _points(folded, year)
    if broken or _out_of_order(points):
        return Deadline(text, "")
    first = points[0].start if points else None
    last = points[-1].end if points else None
    if _BY.search(folded):
        first = None  # "ежегодно до 2030 года": every year, until the end of 2030
    if _RECURRING.search(folded):
        return Deadline(text, "recurring", first, last)
    if _OPEN.search(folded):
        return Deadline(text, "open", first, last)
    if points and _BY.search(folded):
        return Deadline(text, "by_date", None, last)
    if not points:
        # "IV тоқсан" with the year left to the plan's heading: understood, not dated
        if not undated and year is not None and _DURING.search(folded):
            return Deadline(text, "year", date(year, 1, 1), date(year, 12, 31))
        return Deadline(text, undated or ("year" if _DURING.search(folded) else ""))
    if len(points) == 1:
        point = points[0]
        if point.unit == "date":
            return Deadline(text, "date", None, point.end)
        return Deadline(text, point.unit, point.start, point.end)
    return Deadline(text, "range", first, last)


def _out_of_order(points: list[_Point]) -> bool:
    return any(b.end < a.start for a, b in itertools.pairwise(points))


def _points(text: str, default_year: int | None = None) -> tuple[list[_Point], str, bool]:
    """Dates, months, quarters, halves and years in reading order, each with its span; the
    unit of a quarter, half or month written without any year (and without `default_year`);
    whether a date was impossible (`31.02.2026` is a typo to show, not a year to guess)."""
    broken = False
    taken: list[tuple[int, int]] = []
    pending: list[tuple[int, int, str, int, int]] = []  # at, end, unit, first, last (number)
    found: list[_Point] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            a, b = match.span()
            if not free(a, b):
                continue
            groups = match.groupdict()
            if name in ("date", "iso", "short"):
                written = int(groups["y"]) + (2000 if name == "short" else 0)
                day = _day(written, int(groups["m"]), int(groups["d"]))
                if day is not None:
                    found.append(_Point(a, "date", day, day))
                broken = broken or day is None
                taken.append((a, b))
            elif name == "day_month":
                month = _month(groups["month"])
                if month is not None:
                    pending.append((a, b, "day", int(groups["d"]), month))
                    taken.append((a, b))
            elif name in ("quarter", "quarter_span", "half"):
                first = _ordinal(groups["a"])
                last = _ordinal(groups["b"]) if groups.get("b") else first
                limit = 2 if name == "half" else 4
                if first and last and first <= last <= limit:
                    unit = "half" if name == "half" else "quarter"
                    pending.append((a, b, unit, first, last))
                    taken.append((a, b))
            elif name == "month":
                month = _month(match["month"])
                if month is not None:
                    pending.append((a, b, "month", month, month))
                    taken.append((a, b))
    years = [
        (m.start(), int(m[1]))
        for m in _YEAR.finditer(text)
        if free(*m.span()) and FIRST_YEAR <= int(m[1]) <= LAST_YEAR
    ]
    used: set[int] = set()
    undated = ""
    for at, end, unit, first, last in pending:
        year = _year_for(at, end, years, used)
        if year is None:
            year = default_year
        if year is None:
            undated = undated or ("date" if unit == "day" else unit)
            continue
        found.append(_span(at, unit, year, first, last))
    for at, year in years:
        if at not in used:
            found.append(_Point(at, "year", date(year, 1, 1), date(year, 12, 31)))
    return sorted(found, key=lambda p: p.at), undated, broken


def _year_for(at: int, end: int, years: list[tuple[int, int]], used: set[int]) -> int | None:
    """The year a month or quarter belongs to: the next one written, else the one before."""
    after = [(pos, year) for pos, year in years if pos >= end]
    before = [(pos, year) for pos, year in years if pos < at]
    if after:
        used.add(after[0][0])
        return after[0][1]
    if before:
        used.add(before[-1][0])
        return before[-1][1]
    return None


def _span(at: int, unit: str, year: int, first: int, last: int) -> _Point:
    if unit == "day":
        day = _day(year, last, first)
        if day is None:
            return _Point(at, "year", date(year, 1, 1), date(year, 12, 31))
        return _Point(at, "date", day, day)
    months = {"quarter": 3, "half": 6, "month": 1}[unit]
    start_month = (first - 1) * months + 1 if unit != "month" else first
    end_month = last * months if unit != "month" else last
    end_day = calendar.monthrange(year, end_month)[1]
    return _Point(at, unit, date(year, start_month, 1), date(year, end_month, end_day))


def _day(year: int, month: int, day: int) -> date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int | None:
    """Stems start the word (`июля`, `iyulgacha`); English short forms are the whole word."""
    for stem, number in _MONTHS:
        if word == stem or (stem not in _SHORT and word.startswith(stem)):
            return number
    return None


def _ordinal(word: str) -> int | None:
    word = word.rstrip(".")
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word[:1] in "1234" and not word[1:2].isdigit():
        return int(word[0])
    for stem, number in _ORDINALS.items():
        if len(stem) > 2 and word.startswith(stem):
            return number
    return None
