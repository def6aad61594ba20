"""Tests and evaluations without a database: the kinds of question, how a typed or imported
answer is read, whether it is right, and the arithmetic of learning gains.

Answers are stored normalised, so that a grid typed in a hurry, an Excel sheet and a scanned
form all agree: one letter ("B") for a single choice, the letters in order ("AC") for a multiple
choice, "T" or "F" for true/false, "1"–"5" on the scale, the text as written for an open
question, and "" for an item left blank. Trainers type on Russian keyboards too, so the Cyrillic
letters that look like A, B, C, E (А, В, С, Е) and the words "да/нет", "верно/неверно" are read.

Learning gain is Hake's normalised gain g = (post − pre) / (1 − pre) on scores as fractions; it is
undefined (None) when either score is missing or the pre-test score is already full.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

FORM_KINDS = ("pre", "post", "evaluation")
QUESTION_KINDS = ("single", "multiple", "truefalse", "scale", "open")
SCORED_KINDS = ("single", "multiple", "truefalse")
ASPECTS = ("satisfaction", "relevance", "organisation", "facilitators", "comments")
SCALE_POINTS = 5
LETTERS = "ABCDEFGH"  # at most eight options
MAX_OPTIONS = len(LETTERS)

_LOOK_ALIKES = str.maketrans("АВСЕавсе", "ABCEABCE")
_TRUE = {"T", "TRUE", "Y", "YES", "V", "ДА", "Д", "ВЕРНО", "И", "ИСТИНА", "+"}
_FALSE = {"F", "FALSE", "N", "NO", "НЕТ", "Н", "НЕВЕРНО", "Л", "ЛОЖЬ", "-"}
_SEPARATORS = re.compile(r"[\s,;/+&]+")


def option_letters(count: int) -> str:
    return LETTERS[: max(0, min(count, MAX_OPTIONS))]


def _letters(text: str, count: int) -> list[str] | None:
    """The option letters in `text` ("a, c", "AC", "1 3"), or None if any is not an option."""
    allowed = option_letters(count)
    found: list[str] = []
    for part in _SEPARATORS.split(text.strip().upper().translate(_LOOK_ALIKES)):
        if not part:
            continue
        if part.isdigit():
            index = int(part) - 1
            if not 0 <= index < len(allowed):
                return None
            found.append(allowed[index])
            continue
        if any(letter not in allowed for letter in part):
            return None
        found.extend(part)
    return found


def normalise_answer(kind: str, text: str, option_count: int = 0) -> str | None:
    """The answer as stored, "" for a blank, or None when `text` cannot answer such a question."""
    stripped = text.strip()
    if kind == "open":
        return stripped
    if not stripped:
        return ""
    if kind == "scale":
        return stripped if stripped.isdigit() and 1 <= int(stripped) <= SCALE_POINTS else None
    if kind == "truefalse":
        word = stripped.upper()
        return "T" if word in _TRUE else "F" if word in _FALSE else None
    letters = _letters(stripped, option_count)
    if not letters:
        return None
    if kind == "single":
        return letters[0] if len(set(letters)) == 1 else None
    if kind == "multiple":
        return "".join(sorted(set(letters)))
    return None


def is_correct(kind: str, answer: str, correct: str) -> bool | None:
    """Whether a stored answer scores; None for questions that are not scored (scale, open)."""
    if kind not in SCORED_KINDS or not correct:
        return None
    return answer == correct


@dataclass(frozen=True)
class ItemKey:
    """What marking needs of a form's item: its question's kind, right answer and aspect."""

    kind: str
    correct: str = ""
    aspect: str = ""


def mark_sheet(
    items: Sequence[ItemKey], answers: Sequence[str]
) -> tuple[float | None, float | None]:
    """(score, satisfaction) of one filled-in sheet, as `FormSheet` stores them: the share of
    scored items answered right (a blank or missing answer is wrong; None when the form has no
    scored item) and the mean of the 1–5 answers to satisfaction items (None when none)."""
    scored = right = 0
    ratings: list[int] = []
    for index, item in enumerate(items):
        answer = answers[index] if index < len(answers) else ""
        verdict = is_correct(item.kind, answer, item.correct)
        if verdict is not None:
            scored += 1
            right += verdict
        elif item.kind == "scale" and item.aspect == "satisfaction" and answer.isdigit():
            ratings.append(int(answer))
    score = right / scored if scored else None
    satisfaction = sum(ratings) / len(ratings) if ratings else None
    return score, satisfaction


def hake_gain(pre: float | None, post: float | None) -> float | None:
    if pre is None or post is None or pre >= 1.0:
        return None
    return (post - pre) / (1.0 - pre)


# Student's t for a two-sided 95 % interval, by degrees of freedom 1–30; beyond, the
# Cornish–Fisher expansion around the normal quantile is good to the third decimal.
_T95 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip
_Z975 = 1.959964


def t95(degrees: int) -> float:
    if degrees < 1:
        raise ValueError("a t quantile needs at least one degree of freedom")
    if degrees <= len(_T95):
        return _T95[degrees - 1]
    z, n = _Z975, float(degrees)
    return z + (z**3 + z) / (4 * n) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * n * n)


@dataclass(frozen=True)
class MeanInterval:
    mean: float
    low: float | None  # None with fewer than two values
    high: float | None
    count: int


def mean_interval(values: Sequence[float]) -> MeanInterval | None:
    """The mean with its 95 % confidence interval (Student's t), or None with no values."""
    if not values:
        return None
    n = len(values)
    mean = math.fsum(values) / n
    if n < 2:
        return MeanInterval(mean, None, None, n)
    variance = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    half = t95(n - 1) * math.sqrt(variance / n)
    return MeanInterval(mean, mean - half, mean + half, n)


def point_biserial(right: Sequence[bool], rest_scores: Sequence[float]) -> float | None:
    """How well one item separates stronger from weaker takers: the correlation between being
    right on it and the score on the other items. None when either side does not vary."""
    n = len(right)
    if n < 2 or n != len(rest_scores):
        return None
    xs = [1.0 if r else 0.0 for r in right]
    mx, my = math.fsum(xs) / n, math.fsum(rest_scores) / n
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, rest_scores, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in rest_scores)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


@dataclass(frozen=True)
class PersonScore:
    registration_id: int
    code: str  # the badge code printed on the form
    name: str
    pre: float | None  # 0–1; None when the person has no answer on that form
    post: float | None
    gain: float | None  # Hake's g; None when undefined

    def as_json(self) -> dict[str, object]:
        return {"code": self.code, "pre": self.pre, "post": self.post, "gain": self.gain}


@dataclass(frozen=True)
class ItemStatistics:
    number: int  # as printed on the pre-test (the post-test's own number when there is no pre)
    question_id: int
    kind: str
    difficulty: float | None  # share of post-test takers right (pre when there is no post)
    discrimination: float | None  # point-biserial on the same form
    pre_difficulty: float | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "difficulty": self.difficulty,
            "discrimination": self.discrimination,
        }


@dataclass(frozen=True)
class AspectSummary:
    """One evaluation question's answers: how many gave 1…5, the mean; or the open comments."""

    item_number: int
    question_id: int
    aspect: str
    session_key: str
    counts: tuple[int, ...]  # SCALE_POINTS counts, for 1…5; () for open questions
    mean: float | None
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkshopScores:
    workshop_id: int
    people: tuple[PersonScore, ...]
    items: tuple[ItemStatistics, ...]
    mean_gain: MeanInterval | None
    evaluation: tuple[AspectSummary, ...] = ()

    def as_json(self) -> dict[str, object]:
        """What `jpoa evaluation scores --json` prints."""
        gain = self.mean_gain
        return {
            "workshop": self.workshop_id,
            "people": [person.as_json() for person in self.people],
            "mean_gain": None if gain is None else gain.mean,
            "gain_interval": None if gain is None or gain.low is None else [gain.low, gain.high],
            "items": [item.as_json() for item in self.items],
        }


# What the dashboard shows and the donor report prints: one set of figures, built by
# `services/reports/figures.py` for a filter and drawn by both.


@dataclass(frozen=True)
class ReportFilter:
    start: date | None = None  # workshops starting on or after
    end: date | None = None  # … and starting on or before
    country: str = ""  # "KZ"; "" for every country
    pillar: int | None = None  # 1–4: workshops tagged with the pillar or one of its areas
    phase: int | None = None  # 1–4: the workshop's phase_key is "phase-N"
    workshop_id: int | None = None  # one workshop only (the workshop report)


@dataclass(frozen=True)
class SexCounts:
    """People in one group (a country, a kind of organisation…), by sex as registered."""

    key: str  # the country code, the organisation kind's code, …; "" for not stated
    women: int
    men: int
    not_stated: int

    @property
    def total(self) -> int:
        return self.women + self.men + self.not_stated


@dataclass(frozen=True)
class WorkshopLine:
    workshop_id: int
    title: str  # in the report's language, with the handouts' fallback
    start: date
    end: date
    country: str
    participants: SexCounts  # key "": the workshop's participants
    attendance_rate: float | None  # days present / (participants × days), 0–1
    mean_gain: float | None
    satisfaction: float | None  # mean of the satisfaction answers, 1–5
    mean_pre: float | None = None  # mean pre-test score of those who took it, 0–1
    mean_post: float | None = None
    gain_count: int = 0  # participants with a defined gain


@dataclass(frozen=True)
class ProgrammeFigures:
    """Counts are of participants (role "participant", not cancelled): registrations, so a
    person at two workshops counts twice, as donors count "participations"; `people` counts
    each person once."""

    filter: ReportFilter
    workshops: int
    participations: SexCounts
    people: SexCounts
    by_country: tuple[SexCounts, ...]
    by_organisation_kind: tuple[SexCounts, ...]
    attendance_rate: float | None
    mean_gain: MeanInterval | None  # over every participant with a defined gain
    satisfaction: float | None
    satisfaction_counts: tuple[int, ...]  # answers 1…5 to satisfaction questions
    per_workshop: tuple[WorkshopLine, ...]

    @property
    def share_of_women(self) -> float | None:
        stated = self.participations.women + self.participations.men
        return None if stated == 0 else self.participations.women / stated
