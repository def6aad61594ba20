"""Participant lists and action plans go through one import pipeline: a malformed file is refused
with the same message by both, and a refused import writes nothing in either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.workshops.workshops import WorkshopInput

MALFORMED = {
    "empty.csv": b"",
    "header-only.csv": "Фамилия;Имя;№;Мероприятие\n".encode(),
    "scan.pdf": b"%PDF-1.4 not a table",
}


def _refusal(call: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return str(caught.value)


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_file_is_refused_with_the_same_message_by_both_imports(
    name: str, loaded_db: Database, tmp_path: Path
) -> None:
    services = Services(loaded_db)
    people = _write(tmp_path / "people", name, MALFORMED[name])
    plan = _write(tmp_path / "plan", name, MALFORMED[name])
    as_list = _refusal(lambda: services.participant_import.plan(people))
    as_plan = _refusal(lambda: services.strategy_import.plan(plan, "ru"))
    assert as_list == as_plan
    assert as_list.startswith(name)


def test_a_file_whose_header_names_no_known_column_is_refused_alike(
    loaded_db: Database, tmp_path: Path
) -> None:
    services = Services(loaded_db)
    text = "Колонка А;Колонка Б\nраз;два\nтри;четыре\n".encode()
    people = _write(tmp_path / "people", "list.csv", text)
    plan = _write(tmp_path / "plan", "list.csv", text)
    as_list = _refusal(lambda: services.participant_import.plan(people))
    as_plan = _refusal(lambda: services.strategy_import.plan(plan, "ru"))
    for message in (as_list, as_plan):
        assert message.startswith("list.csv: no column is mapped to the ")


def test_a_refused_import_writes_nothing_in_either(loaded_db: Database, tmp_path: Path) -> None:
    services = Services(loaded_db)
    workshop = services.workshops.create(
        WorkshopInput(titles={"en": "W"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    people_before, drafts_before = services.people.count(), len(services.strategies.drafts("ru"))
    people = _write(
        tmp_path / "people",
        "list.csv",
        "Фамилия;Имя;Эл. почта\nИванов;Иван;ivanov@example.org\nПетров;Пётр;petrov@\n".encode(),
    )
    plan = _write(
        tmp_path / "plan",
        "list.csv",
        "№;Мероприятие;Бюджет\n1.1.1;Семинар;100 USD\n1.1.2;Курс;12 abc\n".encode(),
    )
    list_plan = services.participant_import.plan(people)
    plan_plan = services.strategy_import.plan(plan, "ru")
    assert len(list_plan.rows) == len(plan_plan.rows) == 1
    assert [p.row for p in list_plan.problems] == [p.row for p in plan_plan.problems] == [3]

    as_list = _refusal(lambda: services.participant_import.apply(list_plan, workshop))
    as_plan = _refusal(lambda: services.strategy_import.import_rows(plan_plan, "KG"))
    assert as_list == as_plan
    assert "nothing was imported" in as_list
    assert services.people.count() == people_before
    assert services.workshops.registrations(workshop) == []
    assert len(services.strategies.drafts("ru")) == drafts_before


def test_a_cancelled_import_says_so_alike_and_writes_nothing_in_either(
    loaded_db: Database, tmp_path: Path
) -> None:
    services = Services(loaded_db)
    workshop = services.workshops.create(
        WorkshopInput(titles={"en": "W"}, start=date(2026, 12, 1), end=date(2026, 12, 1))
    )
    people_before, drafts_before = services.people.count(), len(services.strategies.drafts("ru"))
    people = _write(tmp_path / "people", "list.csv", "Фамилия;Имя\nИванов;Иван\n".encode())
    plan = _write(tmp_path / "plan", "list.csv", "№;Мероприятие\n1.1.1;Семинар\n".encode())
    list_plan = services.participant_import.plan(people)
    plan_plan = services.strategy_import.plan(plan, "ru")

    def stop() -> bool:
        return True

    with pytest.raises(Cancelled) as as_list:
        services.participant_import.apply(list_plan, workshop, cancelled=stop)
    with pytest.raises(Cancelled) as as_plan:
        services.strategy_import.import_rows(plan_plan, "KG", cancelled=stop)
    assert str(as_list.value) == str(as_plan.value)
    assert services.people.count() == people_before
    assert services.workshops.registrations(workshop) == []
    assert len(services.strategies.drafts("ru")) == drafts_before
