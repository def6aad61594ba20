"""`jpoa strategy coverage` without --json writes each area's budget as CLDR writes money."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.cli.runner import as_json, jpoa

from jpoa_desktop.model.strategies import BudgetInput, ItemInput
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.strategies.strategies import StrategyService


def test_the_coverage_text_shows_budgets_with_grouping_and_the_iso_code(tmp_path: Path) -> None:
    open_database(str(tmp_path / "w.sqlite")).dispose()
    created = as_json(
        jpoa("strategy", "new", "--country", "KG", "--title", "Plan", "--from-framework",
             "--years", "2023-2027", "--json", cwd=tmp_path)
    )  # fmt: skip
    db = open_database(str(tmp_path / "w.sqlite"))
    service = StrategyService(db.session_scope)
    objective = service.draft(created["id"], "en").goals[1].objectives[2].id  # II.3
    measure = service.add_item(created["id"], objective, "measure", ItemInput({"en": "Posts"}))
    service.set_mapping(measure, ["area-ii.3"])
    service.add_budget(measure, BudgetInput(Decimal("1234567.5"), "KGS"))
    service.add_budget(measure, BudgetInput(Decimal("1500.5"), "USD"))
    db.dispose()

    shown = jpoa("strategy", "coverage", str(created["id"]), cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    (line,) = [line for line in shown.stdout.splitlines() if line.startswith("II.3 ")]
    assert "KGS\u00a01,234,567.50, USD\u00a01,500.50" in line
