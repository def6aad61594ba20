"""The programme's figures for a filter: who came (by sex, country and kind of organisation), how
often they were there, what they learned and what they thought; what the dashboard draws and the
donor report prints.

They are read as each workshop's totals (`totals`), which a filter then adds up in Python
(`workshop_totals.figures_from`): the dashboard reads the whole programme's totals once and
answers every change of a filter from them; a report reads only the workshops it covers. The
totals are a handful of set-based statements whatever the number of workshops, never a query
per workshop: one writes the chosen participants into a temporary table, a row each with what
the rest needs (sex, country, kind of organisation, days present, pre and post score,
satisfaction), and queries grouped by workshop over it count the rest. Scores come from the
sheets' stored `score` column; only Hake's gain, which needs a person's two scores side by side,
is worked out in Python.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.model.evaluation import (
    SCALE_POINTS,
    ProgrammeFigures,
    ReportFilter,
    SexCounts,
    hake_gain,
)
from jpoa_desktop.services.reports.workshop_totals import (
    ROMAN,
    Moments,
    ProgrammeTotals,
    Sums,
    WorkshopTotals,
    figures_from,
    pillars_of,
)

# The chosen workshops' participants (registrations as participants, not cancelled), a row
# each. Joining 60,000 registrations to their people, marks and sheets is the costly step, done
# once; each sheet or day is found through an index, by registration. One CREATE … AS SELECT:
# a temporary table is no write to the database, so the figures never wait for the write lock
# (an INSERT would start a write transaction and queue behind the check-in desk's marks).
_PARTICIPANTS = """
    CREATE TEMP TABLE report_part AS {chosen}
    SELECT r.id AS rid, r.workshop_id AS wid, r.person_id AS pid, p.sex AS sex,
        p.country AS country, COALESCE(o.kind, '') AS kind,
        (SELECT COUNT(DISTINCT m.day) FROM attendance m WHERE m.registration_id = r.id)
            AS present,
        {sheet_pre} AS pre, {sheet_post} AS post, {sheet_evaluation} AS satisfaction
    FROM registration r
    JOIN chosen c ON c.id = r.workshop_id
    JOIN person p ON p.id = r.person_id
    LEFT JOIN organisation o ON o.id = p.organisation_id
    WHERE r.role = 'participant' AND r.status != 'cancelled'
"""
_SHEET = """(SELECT s.{column} FROM form_sheet s JOIN evaluation_form f ON f.id = s.form_id
    WHERE s.registration_id = r.id AND f.workshop_id = r.workshop_id AND f.kind = '{kind}')"""
# Each workshop's participants in groups of one country (or kind of organisation) and one sex.
_GROUPS = "SELECT wid, {column}, sex, COUNT(*) FROM report_part GROUP BY 1, 2, 3"
_SUMS = """
    SELECT wid, SUM(present), COUNT(pre), SUM(pre), COUNT(post), SUM(post),
        COUNT(satisfaction), SUM(satisfaction)
    FROM report_part GROUP BY wid
"""
_WORKSHOPS = "SELECT id, titles, start_date, end_date, country, phase_key, days FROM chosen"
_TAGS = "SELECT t.workshop_id, t.item_key FROM workshop_tag t JOIN chosen c ON c.id = t.workshop_id"
# Answers 1–5 to the chosen workshops' satisfaction questions. Where an evaluation form has one
# satisfaction question (the starter bank's has), a sheet's stored satisfaction is that answer
# and is counted from the temporary table; only forms with several are read from the answers.
_SATISFACTION_ITEMS = """
    SELECT f.id, f.workshop_id, COUNT(*) FROM evaluation_form f
    JOIN form_item i ON i.form_id = f.id JOIN question q ON q.id = i.question_id
    WHERE f.kind = 'evaluation' AND q.aspect = 'satisfaction' AND q.kind = 'scale'
      AND f.workshop_id IN (SELECT DISTINCT wid FROM report_part)
    GROUP BY f.id
"""
_STORED_RATINGS = """
    SELECT wid, CAST(satisfaction AS INTEGER), COUNT(*) FROM report_part
    WHERE satisfaction IS NOT NULL GROUP BY 1, 2
"""
_ANSWERED_RATINGS = """
    SELECT rp.wid, {answer}, COUNT(*)
    FROM form_sheet s
    JOIN report_part rp ON rp.rid = s.registration_id
    JOIN form_item i ON i.form_id = s.form_id
    JOIN question q ON q.id = i.question_id AND q.aspect = 'satisfaction' AND q.kind = 'scale'
    WHERE s.form_id IN :forms
    GROUP BY 1, 2
"""
# What SQLite and PostgreSQL spell differently: a workshop's length in days (SQLite keeps dates
# as text), the schema of temporary tables, and a sheet's answer to an item as a whole number
# (a blank or a word is no rating: NULL).
_DAYS = {
    "sqlite": "julianday(w.end_date) - julianday(w.start_date) + 1",
    "postgresql": "w.end_date - w.start_date + 1",
}
_TEMP = {"sqlite": "temp", "postgresql": "pg_temp"}
_ANSWER = {
    "sqlite": "CAST(json_extract(s.answers, '$[' || (i.number - 1) || ']') AS INTEGER)",
    "postgresql": "CASE WHEN (s.answers ->> (i.number - 1)) ~ '^[0-9]{1,9}$'"
    " THEN CAST(s.answers ->> (i.number - 1) AS INTEGER) END",
}
_SEXES = {"female": 0, "male": 1}  # any other stated value counts as "not stated"


def chosen_workshops(report: ReportFilter, dialect: str = "sqlite") -> tuple[str, dict[str, Any]]:
    """The SQL (a WITH clause naming `chosen`) of the workshops a filter keeps, and its
    parameters, for the database `dialect` names."""
    where: list[str] = ["1 = 1"]
    params: dict[str, Any] = {}
    if report.workshop_id is not None:
        where.append("w.id = :workshop_id")
        params["workshop_id"] = report.workshop_id
    if report.start is not None:
        where.append("w.start_date >= :start")
        params["start"] = report.start.isoformat()
    if report.end is not None:
        where.append("w.start_date <= :end")
        params["end"] = report.end.isoformat()
    if report.country:
        where.append("w.country = :country")
        params["country"] = report.country
    if report.phase is not None:
        where.append("w.phase_key = :phase")
        params["phase"] = f"phase-{report.phase}"
    if report.pillar is not None:
        where.append(
            "EXISTS (SELECT 1 FROM workshop_tag t WHERE t.workshop_id = w.id"
            " AND (t.item_key = :pillar OR t.item_key LIKE :areas))"
        )
        params["pillar"] = f"pillar-{report.pillar}"
        params["areas"] = f"area-{ROMAN.get(report.pillar, '?')}.%"
    sql = (
        "WITH chosen AS (SELECT w.id, w.titles, w.start_date, w.end_date, w.country, w.phase_key,"
        f" {_DAYS[dialect]} AS days"
        f" FROM workshop w WHERE {' AND '.join(where)}) "
    )
    return sql, params


Rows = Callable[[str], list[Any]]


class FigureService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def figures(self, report: ReportFilter, language: str) -> ProgrammeFigures:
        """Every figure of the workshops `report` keeps; titles in `language`."""
        return figures_from(self.totals(report), report, language)

    def totals(self, within: ReportFilter | None = None) -> ProgrammeTotals:
        """Each workshop's totals, for every workshop or for those `within` keeps."""
        with self._scope() as session:
            dialect = session.get_bind().dialect.name
            with_sql, params = chosen_workshops(within or ReportFilter(), dialect)
            return self._totals(session, dialect, with_sql, params)

    def _totals(
        self, session: Session, dialect: str, with_sql: str, params: dict[str, Any]
    ) -> ProgrammeTotals:
        create = _PARTICIPANTS.format(
            chosen=with_sql,
            sheet_pre=_SHEET.format(column="score", kind="pre"),
            sheet_post=_SHEET.format(column="score", kind="post"),
            sheet_evaluation=_SHEET.format(column="satisfaction", kind="evaluation"),
        )
        session.execute(text(f"DROP TABLE IF EXISTS {_TEMP[dialect]}.report_part"))
        session.execute(text(create), params)

        def rows(sql: str) -> list[Any]:
            return list(session.execute(text(sql), params).all())

        totals = _read_totals(rows, with_sql, _ratings(session, dialect))
        session.execute(text(f"DROP TABLE {_TEMP[dialect]}.report_part"))
        return totals


def _read_totals(rows: Rows, with_sql: str, ratings: dict[int, Counter[int]]) -> ProgrammeTotals:
    """Every chosen workshop's totals from the temporary table of its participants."""
    tags: dict[int, list[str]] = defaultdict(list)
    for wid, key in rows(with_sql + _TAGS):
        tags[wid].append(str(key))
    by_country, by_country_total = _groups(rows(_GROUPS.format(column="country")))
    by_kind, _total = _groups(rows(_GROUPS.format(column="kind")))
    people: dict[int, tuple[set[int], set[int], set[int]]] = defaultdict(
        lambda: (set(), set(), set())
    )
    for wid, pid, sex in rows("SELECT DISTINCT wid, pid, sex FROM report_part"):
        if sex is not None:
            people[wid][_SEXES.get(sex, 2)].add(pid)
    gains: dict[int, list[float]] = defaultdict(list)
    for wid, pre, post in rows("SELECT wid, pre, post FROM report_part WHERE pre IS NOT NULL"):
        gain = hake_gain(pre, post)
        if gain is not None:
            gains[wid].append(gain)
    sums = {wid: found for wid, *found in rows(_SUMS)}
    workshops = []
    for wid, titles, start, end, country, phase_key, days in rows(with_sql + _WORKSHOPS):
        present, pre_n, pre, post_n, post, liked_n, liked = sums.get(wid, (0, 0, 0, 0, 0, 0, 0))
        women, men, other = people[wid]
        rated = ratings.get(wid, Counter())
        workshops.append(
            WorkshopTotals(
                workshop_id=wid,
                titles=_json(titles),
                start=date.fromisoformat(str(start)),
                end=date.fromisoformat(str(end)),
                country=str(country or ""),
                phase_key=str(phase_key or ""),
                pillars=pillars_of(tags.get(wid, ())),
                days=float(days),
                participants=by_country_total.get(wid, SexCounts("", 0, 0, 0)),
                by_country=by_country.get(wid, ()),
                by_organisation_kind=by_kind.get(wid, ()),
                women=frozenset(women),
                men=frozenset(men),
                not_stated=frozenset(other),
                present=int(present or 0),
                gains=Moments.of(gains.get(wid, [])),
                pre=Sums(int(pre_n), float(pre or 0)),
                post=Sums(int(post_n), float(post or 0)),
                satisfaction=Sums(int(liked_n), float(liked or 0)),
                ratings=tuple(rated[point] for point in range(1, SCALE_POINTS + 1)),
            )
        )
    workshops.sort(key=lambda workshop: (workshop.start, workshop.workshop_id))
    return ProgrammeTotals(tuple(workshops))


def _groups(
    found: list[Any],
) -> tuple[dict[int, tuple[SexCounts, ...]], dict[int, SexCounts]]:
    """(workshop, key, sex, count) rows as each workshop's groups by key (in key order), and
    each workshop's total over them."""
    counts: dict[int, dict[str, list[int]]] = defaultdict(dict)
    for wid, key, sex, count in found:
        group = counts[wid].setdefault(str(key or ""), [0, 0, 0])
        if sex is not None:
            group[_SEXES.get(sex, 2)] += int(count)
    groups = {
        wid: tuple(SexCounts(key, *mine[key]) for key in sorted(mine))
        for wid, mine in counts.items()
    }
    totals = {
        wid: SexCounts("", *(sum(group[i] for group in mine.values()) for i in range(3)))
        for wid, mine in counts.items()
    }
    return groups, totals


def _ratings(session: Session, dialect: str) -> dict[int, Counter[int]]:
    """How many answers of 1…5 each chosen workshop's participants gave to satisfaction
    questions."""
    forms = list(session.execute(text(_SATISFACTION_ITEMS)))
    single = {wid for _form, wid, count in forms if count == 1}
    several = [form for form, _wid, count in forms if count > 1]
    ratings: dict[int, Counter[int]] = defaultdict(Counter)
    for wid, rating, count in session.execute(text(_STORED_RATINGS)):
        if wid in single:
            ratings[wid][rating] += count
    if several:
        answered = text(_ANSWERED_RATINGS.format(answer=_ANSWER[dialect]))
        found = session.execute(
            answered.bindparams(bindparam("forms", expanding=True)), {"forms": several}
        )
        for wid, rating, count in found:
            ratings[wid][rating] += count
    return ratings


def _json(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return value
    loaded = json.loads(str(value or "{}"))
    return loaded if isinstance(loaded, dict) else {}
