"""Reading a draft's or a workshop's audit log: newest first, a page at a time, filtered, with
rows named in words, and exported to CSV and XLSX where a typed formula stays text."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from jpoa_desktop.model.strategies import DraftInput, ItemInput
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.server.audit import AuditQuery, AuditService
from jpoa_desktop.services.strategies.strategies import StrategyService

FORMULA = '=HYPERLINK("http://example.invalid","Click")'


def a_draft_with_a_measure(db: Database) -> tuple[int, int]:
    strategies = StrategyService(db.session_scope)
    draft = strategies.create(DraftInput(country="KG", titles={"ru": "План действий"}))
    goal = strategies.add_item(draft, None, "goal", ItemInput(texts={"ru": "Профилактика"}))
    objective = strategies.add_item(
        draft, goal, "objective", ItemInput(texts={"ru": "Школы", "en": "Schools"})
    )
    measure = strategies.add_item(
        draft, objective, "measure", ItemInput(texts={"ru": "Обучить 40 учителей"})
    )
    strategies.update_item(measure, ItemInput(texts={"ru": FORMULA}, status="planned"))
    return draft, measure


def test_a_draft_s_log_reads_newest_first_with_the_measure_named(empty_db: Database) -> None:
    draft, measure = a_draft_with_a_measure(empty_db)
    audit = AuditService(empty_db.session_scope)
    page = audit.page("draft", draft)
    if empty_db.engine.dialect.name == "sqlite":
        assert not audit.kept() and not page.kept
        assert (page.lines, page.total) == ([], 0)
        return
    assert audit.kept() and page.kept and page.total == len(page.lines) > 5
    newest = page.lines[0]
    assert (newest.action, newest.table, newest.row_id) == ("update", "strategy_item", measure)
    assert newest.label == FORMULA  # the measure as it reads now
    times = [line.changed_at for line in page.lines]
    assert times == sorted(times, reverse=True)
    assert audit.owner_title("draft", draft, "en") == "План действий"
    assert audit.owner_title("workshop", draft, "en") == ""
    objective = next(line for line in page.lines if line.label in ("Школы", "Schools"))
    assert objective.label == "Schools"  # English when asked for, Russian the first text
    russian = audit.page("draft", draft, lang="ru")
    assert {line.label for line in russian.lines if line.row_id == objective.row_id} == {"Школы"}
    draft_line = next(line for line in page.lines if line.table == "strategy_draft")
    assert draft_line.label == "План действий"


def test_paging_and_filters_narrow_the_log(empty_db: Database) -> None:
    draft, _measure = a_draft_with_a_measure(empty_db)
    audit = AuditService(empty_db.session_scope)
    if empty_db.engine.dialect.name == "sqlite":  # no log: every question has an empty answer
        assert audit.page("draft", draft, AuditQuery(field="status")).total == 0
        assert audit.users("draft", draft) == []
        return
    everything = audit.page("draft", draft)
    second = audit.page("draft", draft, offset=2, limit=2)
    assert second.total == everything.total and second.offset == 2
    assert [line.id for line in second.lines] == [line.id for line in everything.lines[2:4]]
    by_field = audit.page("draft", draft, AuditQuery(table="strategy_item", field="status"))
    assert [(line.old_value, line.new_value) for line in by_field.lines] == [("", "planned")]
    assert audit.page("draft", draft, AuditQuery(text="учителей")).total == 2  # insert, update
    assert audit.page("draft", draft, AuditQuery(text="100%")).total == 0  # % is no wildcard
    assert audit.page("draft", draft, AuditQuery(table="strategy_draft")).total == 1  # made
    assert audit.page("draft", draft, AuditQuery(user="someone-else")).total == 0
    today = date.today()
    assert audit.page("draft", draft, AuditQuery(since=today, until=today)).total > 0
    assert audit.page("draft", draft, AuditQuery(until=today - timedelta(days=2))).total == 0
    assert audit.users("draft", draft) == ["jpoa_test_admin"]
    assert audit.page("draft", draft + 1).total == 0
    assert audit.page("workshop", draft).total == 0


def test_the_export_reads_back_from_csv_and_xlsx_with_formulas_as_text(
    empty_db: Database, tmp_path: Path
) -> None:
    draft, _measure = a_draft_with_a_measure(empty_db)
    audit = AuditService(empty_db.session_scope)
    written = audit.export("draft", draft, tmp_path / "log.csv", AuditQuery(field="texts"))
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Time (UTC)", "Who", "Action"]
    assert len(rows) == written + 1
    if empty_db.engine.dialect.name == "sqlite":
        assert written == 0
        return
    # the label (the measure's text now) starts like a formula: the CSV puts a quote before it
    assert rows[1][5] == "'" + FORMULA and rows[1][7] == '{"ru": "Обучить 40 учителей"}'

    assert audit.export("draft", draft, tmp_path / "log.xlsx", lang="ru") > written
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Время (UTC)", "Кто"]
    labels = [row[5] for row in values[1:]]
    assert FORMULA in [str(label) for label in labels]
    formula_cell = next(c for c in sheet["F"] if str(c.value) == FORMULA)
    assert formula_cell.data_type != "f"  # a string, not a formula
