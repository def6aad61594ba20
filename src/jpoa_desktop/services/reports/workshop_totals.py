"""The programme's figures added up from each workshop's totals, in plain Python.

Every figure the dashboard shows is a sum over workshops, or a ratio of two such sums: counts by
sex, country and kind of organisation, days present, the sums of scores and ratings, and for the
learning gain the count, sum and sum of squares of the participants' gains (the mean and its
t interval follow from those three exactly). So the database is read once for every workshop
(`FigureService.totals`), and each change of a filter only picks the workshops it keeps and adds
them up (`figures_from`): a few milliseconds for 400 workshops instead of a query per change.
People, counted once however many workshops they came to, are the one figure that does not add
up: each workshop keeps its participants' person ids by sex, and a filter counts their union.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from jpoa_desktop.model.evaluation import (
    SCALE_POINTS,
    MeanInterval,
    ProgrammeFigures,
    ReportFilter,
    SexCounts,
    WorkshopLine,
    t95,
)
from jpoa_desktop.model.languages import pick

ROMAN = {1: "i", 2: "ii", 3: "iii", 4: "iv"}
NO_RATINGS = (0,) * SCALE_POINTS


@dataclass(frozen=True)
class Sums:
    """Values added up: their count and their total (a mean when there are any)."""

    count: int = 0
    total: float = 0.0

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


@dataclass(frozen=True)
class Moments:
    """Values added up with their squares, for a mean and its 95 % interval."""

    count: int = 0
    total: float = 0.0
    squares: float = 0.0

    @classmethod
    def of(cls, values: Sequence[float]) -> Moments:
        return cls(len(values), math.fsum(values), math.fsum(v * v for v in values))

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


def interval(parts: Iterable[Moments]) -> MeanInterval | None:
    """What `mean_interval` gives for all the values behind `parts`, from their sums alone:
    the variance is (Σx² − n·mean²) / (n − 1)."""
    found = list(parts)
    n = sum(part.count for part in found)
    if n == 0:
        return None
    mean = math.fsum(part.total for part in found) / n
    if n < 2:
        return MeanInterval(mean, None, None, n)
    squares = math.fsum(part.squares for part in found)
    variance = max(0.0, (squares - n * mean * mean) / (n - 1))  # never below 0 by rounding
    half = t95(n - 1) * math.sqrt(variance / n)
    return MeanInterval(mean, mean - half, mean + half, n)


def pillars_of(tag_keys: Iterable[str]) -> frozenset[int]:
    """The pillars a workshop's tags name: "pillar-N", or an area "area-<roman N>.x" (matched
    without regard to case, as SQL's LIKE does)."""
    found = set()
    for key in tag_keys:
        number = key.removeprefix("pillar-")
        if number != key and number.isdigit() and str(int(number)) == number:
            found.add(int(number))
        lowered = key.lower()
        found.update(n for n, roman in ROMAN.items() if lowered.startswith(f"area-{roman}."))
    return frozenset(found)


@dataclass(frozen=True)
class WorkshopTotals:
    """One workshop: what a filter looks at, and its participants' figures added up."""

    workshop_id: int
    titles: dict[str, str]
    start: date
    end: date
    country: str
    phase_key: str
    pillars: frozenset[int]
    days: float  # end − start + 1, as the schedule gives it
    participants: SexCounts  # key ""
    by_country: tuple[SexCounts, ...] = ()
    by_organisation_kind: tuple[SexCounts, ...] = ()
    women: frozenset[int] = frozenset()  # person ids, to count people once across workshops
    men: frozenset[int] = frozenset()
    not_stated: frozenset[int] = frozenset()
    present: int = 0  # days present, over its participants
    gains: Moments = field(default_factory=Moments)  # Hake's g of those with a defined one
    pre: Sums = field(default_factory=Sums)  # pre-test scores of those who took it
    post: Sums = field(default_factory=Sums)
    satisfaction: Sums = field(default_factory=Sums)  # each person's mean satisfaction
    ratings: tuple[int, ...] = NO_RATINGS  # answers 1…5 to satisfaction questions

    @property
    def expected(self) -> int:
        """Days present had everyone come every day."""
        return int(self.participants.total * self.days)

    def kept_by(self, report: ReportFilter) -> bool:
        """Whether the filter keeps this workshop (the same test as FigureService's SQL)."""
        return (
            (report.workshop_id is None or report.workshop_id == self.workshop_id)
            and (report.start is None or self.start >= report.start)
            and (report.end is None or self.start <= report.end)
            and (not report.country or report.country == self.country)
            and (report.phase is None or self.phase_key == f"phase-{report.phase}")
            and (report.pillar is None or report.pillar in self.pillars)
        )

    def line(self, language: str) -> WorkshopLine:
        expected = self.expected
        return WorkshopLine(
            workshop_id=self.workshop_id,
            title=pick(self.titles, language),
            start=self.start,
            end=self.end,
            country=self.country,
            participants=self.participants,
            attendance_rate=self.present / expected if expected else None,
            mean_gain=self.gains.mean,
            satisfaction=self.satisfaction.mean,
            mean_pre=self.pre.mean,
            mean_post=self.post.mean,
            gain_count=self.gains.count,
        )


@dataclass(frozen=True)
class ProgrammeTotals:
    """Every workshop's totals, by start date then id (the order of the report's lines)."""

    workshops: tuple[WorkshopTotals, ...]


def figures_from(totals: ProgrammeTotals, report: ReportFilter, language: str) -> ProgrammeFigures:
    """The figures of the workshops `report` keeps, added up from their totals; titles in
    `language`. Only as complete as `totals`: read them for at least what the filter keeps."""
    kept = [workshop for workshop in totals.workshops if workshop.kept_by(report)]
    present = sum(workshop.present for workshop in kept)
    expected = sum(workshop.expected for workshop in kept)
    satisfaction = _added(workshop.satisfaction for workshop in kept)
    return ProgrammeFigures(
        filter=report,
        workshops=len(kept),
        participations=_total(workshop.participants for workshop in kept),
        people=SexCounts(
            "",
            len(frozenset().union(*(workshop.women for workshop in kept))),
            len(frozenset().union(*(workshop.men for workshop in kept))),
            len(frozenset().union(*(workshop.not_stated for workshop in kept))),
        ),
        by_country=_grouped(group for workshop in kept for group in workshop.by_country),
        by_organisation_kind=_grouped(
            group for workshop in kept for group in workshop.by_organisation_kind
        ),
        attendance_rate=present / expected if expected else None,
        mean_gain=interval(workshop.gains for workshop in kept),
        satisfaction=satisfaction.mean,
        satisfaction_counts=tuple(
            sum(workshop.ratings[point] for workshop in kept) for point in range(SCALE_POINTS)
        ),
        per_workshop=tuple(workshop.line(language) for workshop in kept),
    )


def _grouped(groups: Iterable[SexCounts]) -> tuple[SexCounts, ...]:
    """Groups of the same key added up, by key."""
    added: dict[str, list[int]] = {}
    for group in groups:
        found = added.get(group.key)
        if found is None:
            added[group.key] = [group.women, group.men, group.not_stated]
        else:
            found[0] += group.women
            found[1] += group.men
            found[2] += group.not_stated
    return tuple(SexCounts(key, *added[key]) for key in sorted(added))


def _total(groups: Iterable[SexCounts]) -> SexCounts:
    women = men = other = 0
    for group in groups:
        women, men, other = women + group.women, men + group.men, other + group.not_stated
    return SexCounts("", women, men, other)


def _added(parts: Iterable[Sums]) -> Sums:
    found = list(parts)
    return Sums(sum(part.count for part in found), math.fsum(part.total for part in found))
