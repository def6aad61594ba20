"""The programme's figures for a filter: who came (by sex, country and kind of organisation), how
often they were there, what they learned and what they thought; what the dashboard draws and the
donor report prints.

The dashboard asks again on every change of a filter, over the large demo's 400 workshops and
60,000 registrations, so the figures are a handful of set-based statements whatever the number
of workshops, never a query per workshop: one writes the chosen participants into a temporary
table, a row each with what the rest needs (sex, country, kind of organisation, days present,
pre and post score, satisfaction), and grouped queries over it count the rest. Scores come from
the sheets' stored `score` column; only Hake's gain, which needs a person's two scores side by
side, is worked out in Python.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.model.evaluation import (
    SCALE_POINTS,
    ProgrammeFigures,
    ReportFilter,
    SexCounts,
    WorkshopLine,
    hake_gain,
    mean_interval,
)
from jpoa_desktop.model.languages import pick

_ROMAN = {1: "i", 2: "ii", 3: "iii", 4: "iv"}

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
_BY_SEX = """
    SUM(sex = 'female') AS women, SUM(sex = 'male') AS men,
    SUM(sex NOT IN ('female', 'male')) AS not_stated
"""
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
    SELECT CAST(json_extract(s.answers, '$[' || (i.number - 1) || ']') AS INTEGER), COUNT(*)
    FROM form_sheet s
    JOIN report_part rp ON rp.rid = s.registration_id
    JOIN form_item i ON i.form_id = s.form_id
    JOIN question q ON q.id = i.question_id AND q.aspect = 'satisfaction' AND q.kind = 'scale'
    WHERE s.form_id IN (SELECT value FROM json_each(:forms))
    GROUP BY 1
"""


def chosen_workshops(report: ReportFilter) -> tuple[str, dict[str, Any]]:
    """The SQL (a WITH clause naming `chosen`) of the workshops a filter keeps, and its
    parameters."""
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
        params["areas"] = f"area-{_ROMAN.get(report.pillar, '?')}.%"
    sql = (
        "WITH chosen AS (SELECT w.id, w.titles, w.start_date, w.end_date, w.country,"
        " julianday(w.end_date) - julianday(w.start_date) + 1 AS days"
        f" FROM workshop w WHERE {' AND '.join(where)}) "
    )
    return sql, params


def _counts(key: Any, women: Any, men: Any, not_stated: Any) -> SexCounts:
    return SexCounts(str(key or ""), int(women or 0), int(men or 0), int(not_stated or 0))


class FigureService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def figures(self, report: ReportFilter, language: str) -> ProgrammeFigures:
        """Every figure of the workshops `report` keeps; titles in `language`."""
        with_sql, params = chosen_workshops(report)
        create = _PARTICIPANTS.format(
            chosen=with_sql,
            sheet_pre=_SHEET.format(column="score", kind="pre"),
            sheet_post=_SHEET.format(column="score", kind="post"),
            sheet_evaluation=_SHEET.format(column="satisfaction", kind="evaluation"),
        )
        with self._scope() as session:
            session.execute(text("DROP TABLE IF EXISTS temp.report_part"))
            session.execute(text(create), params)

            def rows(sql: str) -> list[Any]:
                return list(session.execute(text(sql), params))

            (total,) = rows(f"SELECT {_BY_SEX} FROM report_part")
            (people,) = rows(
                f"SELECT {_BY_SEX} FROM (SELECT pid, MIN(sex) AS sex FROM report_part GROUP BY pid)"
            )
            countries = rows(
                f"SELECT country, {_BY_SEX} FROM report_part GROUP BY country ORDER BY 1"
            )
            kinds = rows(f"SELECT kind, {_BY_SEX} FROM report_part GROUP BY kind ORDER BY 1")
            lines = _workshop_lines(rows(with_sql + _PER_WORKSHOP), language)
            scores = rows("SELECT wid, pre, post FROM report_part WHERE pre IS NOT NULL")
            (satisfaction,) = rows("SELECT AVG(satisfaction) FROM report_part")
            ratings = _ratings(session)
            session.execute(text("DROP TABLE temp.report_part"))
        gains: dict[int, list[float]] = defaultdict(list)
        for wid, pre, post in scores:
            gain = hake_gain(pre, post)
            if gain is not None:
                gains[wid].append(gain)
        lines = [_with_gains(line, gains.get(line.workshop_id, [])) for line in lines]
        present = sum(line.present for line in lines)
        expected = sum(line.expected for line in lines)
        return ProgrammeFigures(
            filter=report,
            workshops=len(lines),
            participations=_counts("", *total),
            people=_counts("", *people),
            by_country=tuple(_counts(*row) for row in countries),
            by_organisation_kind=tuple(_counts(*row) for row in kinds),
            attendance_rate=present / expected if expected else None,
            mean_gain=mean_interval([g for found in gains.values() for g in found]),
            satisfaction=satisfaction[0],
            satisfaction_counts=tuple(
                int(ratings.get(point, 0)) for point in range(1, SCALE_POINTS + 1)
            ),
            per_workshop=tuple(line.line for line in lines),
        )


# One row per chosen workshop: its participants by sex, days present, mean satisfaction.
_PER_WORKSHOP = f"""
    SELECT c.id, c.titles, c.start_date, c.end_date, c.country, c.days,
           COALESCE(s.women, 0), COALESCE(s.men, 0), COALESCE(s.not_stated, 0),
           COALESCE(s.present, 0), s.satisfaction, s.pre, s.post
    FROM chosen c
    LEFT JOIN (
        SELECT wid, {_BY_SEX}, SUM(present) AS present, AVG(satisfaction) AS satisfaction,
               AVG(pre) AS pre, AVG(post) AS post
        FROM report_part GROUP BY wid
    ) s ON s.wid = c.id
    ORDER BY c.start_date, c.id
"""


@dataclass(frozen=True)
class _Line:
    line: WorkshopLine
    present: int  # days present, over its participants
    expected: int  # participants × days

    @property
    def workshop_id(self) -> int:
        return self.line.workshop_id


def _with_gains(line: _Line, gains: list[float]) -> _Line:
    changed = replace(line.line, mean_gain=_mean(gains), gain_count=len(gains))
    return _Line(changed, line.present, line.expected)


def _workshop_lines(found: Iterable[Any], language: str) -> list[_Line]:
    lines = []
    for (
        wid,
        titles,
        start,
        end,
        country,
        days,
        women,
        men,
        other,
        present,
        liked,
        pre,
        post,
    ) in found:
        counts = SexCounts("", women, men, other)
        expected = int(counts.total * days)
        line = WorkshopLine(
            workshop_id=wid,
            title=pick(_json(titles), language),
            start=date.fromisoformat(str(start)),
            end=date.fromisoformat(str(end)),
            country=country,
            participants=counts,
            attendance_rate=present / expected if expected else None,
            mean_gain=None,
            satisfaction=liked,
            mean_pre=pre,
            mean_post=post,
        )
        lines.append(_Line(line, int(present), expected))
    return lines


def _ratings(session: Session) -> Counter[int]:
    """How many answers of 1…5 the chosen participants gave to satisfaction questions."""
    forms = list(session.execute(text(_SATISFACTION_ITEMS)))
    single = {wid for _form, wid, count in forms if count == 1}
    several = [form for form, _wid, count in forms if count > 1]
    ratings: Counter[int] = Counter()
    for wid, rating, count in session.execute(text(_STORED_RATINGS)):
        if wid in single:
            ratings[rating] += count
    if several:
        found = session.execute(text(_ANSWERED_RATINGS), {"forms": json.dumps(several)})
        for rating, count in found:
            ratings[rating] += count
    return ratings


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return math.fsum(found) / len(found) if found else None


def _json(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return value
    loaded = json.loads(str(value or "{}"))
    return loaded if isinstance(loaded, dict) else {}
