"""A strategy draft travels with its tree, amounts and versions; a dry run, a cancelled import
and a package holding a record that cannot be written all leave the database as it was."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.services.exchange.laptops import (
    counts,
    laptop,
    laptop_b_fixture,  # noqa: F401 (the fixture laptop_b)
    refusal,
    rows,
    workshop_ids,
)

from jpoa_desktop.db.strategy_models import StrategyBudget, StrategyDraft, StrategyItem
from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.io.packages.reading import read_package
from jpoa_desktop.model.exchange import MergeChoices
from jpoa_desktop.services.container import Services

EXACT = Decimal("1234567.89")


def test_a_strategy_draft_arrives_with_its_tree_amounts_and_versions(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    with a.db.session_scope() as session:
        draft_id = session.scalars(select(StrategyDraft.id)).one()
        measure = session.scalars(
            select(StrategyItem).where(StrategyItem.kind == "measure")
        ).first()
        assert measure is not None
        session.add(StrategyBudget(item_id=measure.id, amount=EXACT, currency="KZT"))
    path = tmp_path / "draft.jpoa"
    summary = a.packages.export_strategy(draft_id, path)
    assert summary.counts["strategy_version"] == 2 and not summary.sealed
    assert read_package(path).holds["draft"]["uuid"]  # type: ignore[index,call-overload]

    outcome = b.packages.apply(path, MergeChoices())

    assert outcome.added == {t: n for t, n in summary.counts.items() if n}
    tree = (
        "SELECT i.uuid, i.kind, i.position, i.texts, p.uuid FROM strategy_item i "
        "LEFT JOIN strategy_item p ON p.id = i.parent_id ORDER BY i.uuid"
    )
    assert rows(a, tree) == rows(b, tree)
    budgets = "SELECT uuid, amount, currency, source FROM strategy_budget ORDER BY uuid"
    assert rows(a, budgets) == rows(b, budgets)
    with b.db.session_scope() as session:
        amounts = set(session.scalars(select(StrategyBudget.amount)))
        assert EXACT in amounts
    for table in ("strategy_indicator", "strategy_mapping", "strategy_comment"):
        sql = f"SELECT uuid FROM {table} ORDER BY uuid"
        assert rows(a, sql) == rows(b, sql), table
    versions = "SELECT uuid, name, snapshot FROM strategy_version ORDER BY uuid"
    assert rows(a, versions) == rows(b, versions)
    assert b.packages.apply(path, MergeChoices()).added == {}


def test_a_dry_run_says_what_it_would_do_and_writes_nothing(
    tmp_path: Path, laptop_b: Services
) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    path = tmp_path / "dry.jpoa"
    a.packages.export_workshops(workshop_ids(a), path)
    before = counts(b)
    outcome = b.packages.apply(path, MergeChoices(), dry_run=True)
    assert outcome.dry_run and outcome.added["person"] == counts(a)["person"]
    assert outcome.backup == ""
    assert counts(b) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").glob("b-*"))


def test_a_cancelled_import_writes_nothing(tmp_path: Path, laptop_b: Services) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    path = tmp_path / "cancel.jpoa"
    a.packages.export_workshops(workshop_ids(a), path)
    before = counts(b)
    reached: list[float] = [0.0]

    def progress(done: int, total: int) -> None:
        reached[0] = done / total

    def cancelled() -> bool:
        return reached[0] > 2 / 3  # read, planned, and the first rows written

    with pytest.raises(Cancelled):
        b.packages.apply(path, MergeChoices(), progress=progress, cancelled=cancelled)
    assert reached[0] > 2 / 3
    assert counts(b) == before


def test_a_sealed_package_needs_its_passphrase(tmp_path: Path, laptop_b: Services) -> None:
    a, b = laptop(tmp_path, "a", demo=True), laptop_b
    path = tmp_path / "sealed.jpoa"
    assert a.packages.export_workshops(workshop_ids(a), path, passphrase=b"s3cret").sealed
    assert b.packages.is_sealed(path)
    with pytest.raises(ValidationError):
        b.packages.preview(path)
    assert b.packages.preview(path, passphrase=b"s3cret").added["workshop"] == 1


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (
            {
                "workshop_tag": [
                    {
                        "uuid": "t-1",
                        "workshop": "nowhere",
                        "item_key": "pillar-1",
                        "updated_at": "2026-01-01T00:00:00+00:00",
                    }
                ]
            },
            "neither here nor",
        ),
        ({"workshop": [{"uuid": "w-1", "titles": {"en": "X"}, "start_date": 5}]}, "missing"),
    ],
)
def test_a_record_that_cannot_be_written_refuses_the_package(
    tmp_path: Path, extra: dict[str, list[dict[str, object]]], words: str
) -> None:
    message = refusal(tmp_path, extra)
    assert "hostile.jpoa" in message and words in message and "\n" not in message
