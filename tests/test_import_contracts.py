"""The import contracts in pyproject.toml: the code keeps them, and they reach every module.

`make test` runs `lint-imports`, which says whether the code keeps the contracts today. These
tests check the contracts themselves: one wrong-way import is added to a copy of the real import
graph, for each module of a layer in turn, and the contract that forbids it must break. A new
package left out of the layers, or a contract narrowed by mistake, fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract
from importlinter.domain.contract import Contract

ROOT = Path(__file__).resolve().parents[1]
KINDS: dict[str, type[Contract]] = {
    "forbidden": ForbiddenContract,
    "layers": LayersContract,
    "acyclic_siblings": AcyclicSiblingsContract,
}
GUI = ("jpoa_desktop.ui", "jpoa_desktop.app", "jpoa_desktop.__main__")
NO_DATABASE = ("ui", "cli", "io", "handouts", "content", "texts", "model", "files")
BELOW_SERVICES = ("db", "io", "handouts", "content", "texts", "model", "files")


@cache
def _configuration() -> dict[str, Any]:
    return read_configuration(str(ROOT / "pyproject.toml"))


@cache
def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("jpoa_desktop", include_external_packages=True, cache_dir=None)


def _contract(name: str) -> Contract:
    configuration = _configuration()
    (options,) = [c for c in configuration["contracts_options"] if c["name"] == name]
    kind = KINDS[options["type"]]
    return kind(name, configuration["session_options"], options)


def _contract_names() -> list[str]:
    return [c["name"] for c in _configuration()["contracts_options"]]


def _named(words: str) -> str:
    (name,) = [n for n in _contract_names() if words in n]
    return name


def _kept_with(name: str, importer: str, imported: str) -> bool:
    """Whether contract `name` holds with one more import; the shared graph is put back after."""
    graph = _graph()
    assert not graph.direct_import_exists(importer=importer, imported=imported)
    graph.add_import(importer=importer, imported=imported, line_number=1, line_contents="")
    try:
        return _contract(name).check(graph, verbose=False).kept
    finally:
        graph.remove_import(importer=importer, imported=imported)


def _modules(*packages: str) -> Iterator[str]:
    for package in packages:
        yield from sorted(
            m for m in _graph().find_descendants(f"jpoa_desktop.{package}") if "." in m
        )


def _all_modules_outside_the_gui() -> list[str]:
    return sorted(
        m
        for m in _graph().modules
        if m.startswith("jpoa_desktop.") and not m.startswith(GUI) and not _external(m)
    )


def _external(module: str) -> bool:
    return bool(_graph().is_module_squashed(module)) if module in _graph().modules else True


@pytest.mark.parametrize("name", _contract_names())
def test_the_code_keeps_every_contract(name: str) -> None:
    check = _contract(name).check(_graph(), verbose=False)
    assert check.kept, check.metadata


def test_the_contracts_cover_layers_qt_the_database_and_cycles() -> None:
    kinds = {c["type"] for c in _configuration()["contracts_options"]}
    assert kinds == {"layers", "forbidden", "acyclic_siblings"}
    assert len(_all_modules_outside_the_gui()) > 150


@pytest.mark.parametrize("module", _all_modules_outside_the_gui())
def test_qt_outside_the_gui_breaks_a_contract(module: str) -> None:
    assert not _kept_with(_named("No Qt"), module, "PySide6")


@pytest.mark.parametrize("module", list(_modules(*NO_DATABASE)))
def test_sqlalchemy_outside_services_and_db_breaks_a_contract(module: str) -> None:
    assert not _kept_with(_named("touch the database"), module, "sqlalchemy")


@pytest.mark.parametrize("module", list(_modules(*BELOW_SERVICES)))
def test_a_services_import_below_services_breaks_the_layers(module: str) -> None:
    assert not _kept_with(_named("Layers"), module, "jpoa_desktop.services.container")


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("jpoa_desktop.io.writing.strategy_docx", "jpoa_desktop.handouts.common.page"),
        ("jpoa_desktop.handouts.badges", "jpoa_desktop.io.tables.reading"),
        ("jpoa_desktop.handouts.badges", "jpoa_desktop.db.models"),
        ("jpoa_desktop.io.tables.reading", "jpoa_desktop.db.engine"),
        ("jpoa_desktop.model.workshops", "jpoa_desktop.texts.labels"),
        ("jpoa_desktop.texts.labels", "jpoa_desktop.handouts.common.page"),
        ("jpoa_desktop.services.container", "jpoa_desktop.cli.main"),
        ("jpoa_desktop.cli.main", "jpoa_desktop.ui.tasks"),
        ("jpoa_desktop.errors", "jpoa_desktop.model.codes"),
    ],
)
def test_an_import_against_the_layers_breaks_them(importer: str, imported: str) -> None:
    assert not _kept_with(_named("Layers"), importer, imported)


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("jpoa_desktop.services.people.directory", "jpoa_desktop.services.workshops.workshops"),
        ("jpoa_desktop.services.workshops.agenda_rows", "jpoa_desktop.services.workshops.agenda"),
        ("jpoa_desktop.model.city_names", "jpoa_desktop.model.workshops"),
        ("jpoa_desktop.io.tables.zip_guard", "jpoa_desktop.io.tables.reading"),
        ("jpoa_desktop.handouts.common.page", "jpoa_desktop.handouts.badges"),
        ("jpoa_desktop.ui.widgets.icons", "jpoa_desktop.ui.main_window"),
    ],
)
def test_an_import_that_closes_a_cycle_breaks_a_contract(importer: str, imported: str) -> None:
    assert not _kept_with(_named("No cycles"), importer, imported)
