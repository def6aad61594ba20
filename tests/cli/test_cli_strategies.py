"""`jpoa strategy`: list, new, show, coverage, snapshot, versions and diff, as a user runs them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.cli.runner import as_json, jpoa

from jpoa_desktop.model.strategies import BudgetInput, ItemInput
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.strategies.strategies import StrategyService


def test_a_draft_from_the_framework_is_shown_and_its_coverage_is_json(tmp_path: Path) -> None:
    open_database(str(tmp_path / "w.sqlite")).dispose()  # only `init` and `demo` create one
    created = as_json(
        jpoa("strategy", "new", "--country", "KG", "--title", "Action plan", "--from-framework",
             "--years", "2023-2027", "--json", cwd=tmp_path)
    )  # fmt: skip
    draft = created["id"]
    db = open_database(str(tmp_path / "w.sqlite"))
    service = StrategyService(db.session_scope)
    objective = service.draft(draft, "en").goals[1].objectives[2].id  # II.3 border security
    measure = service.add_item(
        draft, objective, "measure", ItemInput({"en": "Equip border posts"}, responsible=("BS",))
    )
    service.set_mapping(measure, ["area-ii.3"])
    service.add_budget(measure, BudgetInput(Decimal("1500.50"), "USD"))
    db.dispose()

    (listed,) = as_json(jpoa("strategy", "list", "--json", cwd=tmp_path))
    assert (listed["country"], listed["measures"], listed["start_year"]) == ("KG", 1, 2023)
    shown = as_json(jpoa("strategy", "show", str(draft), "--json", cwd=tmp_path))
    (m,) = shown["goals"][1]["objectives"][2]["measures"]
    assert (m["number"], m["areas"], m["pillars"]) == ("2.3.1", ["II.3"], [2])
    coverage = as_json(jpoa("strategy", "coverage", str(draft), "--json", cwd=tmp_path))
    assert set(coverage) == {"cells", "gaps"}
    cell = next(c for c in coverage["cells"] if c["area"] == "II.3")
    assert {k: cell[k] for k in ("pillar", "area", "measures", "budget")} == {
        "pillar": "II",
        "area": "II.3",
        "measures": 1,
        "budget": {"USD": 1500.5},
    }
    kinds = [g["kind"] for g in coverage["gaps"]]
    assert kinds.count("area_without_measure") == 27
    assert ("measure_without_indicator", measure) in [
        (g["kind"], g["id"]) for g in coverage["gaps"]
    ]
    text = jpoa("strategy", "show", str(draft), cwd=tmp_path)
    assert "2.3.1 Equip border posts  [II.3]" in text.stdout


def test_a_copy_is_snapshotted_and_diffed_and_a_missing_draft_exits_2(tmp_path: Path) -> None:
    open_database(str(tmp_path / "w.sqlite")).dispose()  # only `init` and `demo` create one
    first = as_json(jpoa("strategy", "new", "--country", "TJ", "--title", "Strategy",
                         "--from-framework", "--json", cwd=tmp_path))["id"]  # fmt: skip
    copy = as_json(jpoa("strategy", "new", "--country", "TJ", "--title", "Copy", "--copy",
                        str(first), "--json", cwd=tmp_path))["id"]  # fmt: skip
    db = open_database(str(tmp_path / "w.sqlite"))
    service = StrategyService(db.session_scope)
    objective = service.draft(copy, "en").goals[0].objectives[0].id
    service.add_item(copy, objective, "measure", ItemInput({"en": "Mahalla dialogues"}))
    db.dispose()
    diff = as_json(jpoa("strategy", "diff", str(first), str(copy), "--json", cwd=tmp_path))
    assert [(d["text"], d["after"]) for d in diff["added"]] == [("Mahalla dialogues", "1.1.1")]
    assert diff["removed"] == diff["moved"] == diff["changed"] == []
    assert jpoa("strategy", "snapshot", str(copy), "--name", "v1", cwd=tmp_path).returncode == 0
    (version,) = as_json(jpoa("strategy", "versions", str(copy), "--json", cwd=tmp_path))
    assert (version["name"], version["measures"]) == ("v1", 1)
    missing = jpoa("strategy", "show", "999", cwd=tmp_path)
    assert missing.returncode == 2
    assert "There is no strategy draft with id 999" in missing.stderr
    bad = jpoa("strategy", "new", "--country", "KG", "--title", "x", "--years", "2030-2020",
               cwd=tmp_path)  # fmt: skip
    assert bad.returncode == 2 and "before it starts" in bad.stderr
