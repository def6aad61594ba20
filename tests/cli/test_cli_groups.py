"""Every command group joins `jpoa` the same way, and each of its commands answers --help."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from jpoa_desktop.cli import workshops
from jpoa_desktop.cli.commands import Commands
from jpoa_desktop.cli.main import GROUPS, main
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.database import open_database

TOP_LEVEL = ("init", "check", "content", "search", "workshop", "people", "attendance", "demo",
             "participants", "certificate", "handout", "branding", "strategy",
             "backup", "restore", "package", "evaluation", "questions", "report",
             "server")  # fmt: skip


def _registered() -> Commands:
    commands = Commands(argparse.ArgumentParser(prog="jpoa").add_subparsers(dest="command"))
    for register in GROUPS:
        register(commands)
    return commands


def _command_lines() -> list[list[str]]:
    top = _registered()
    lines = [[name] for name in top.names]
    for name, group in top.groups.items():
        lines += [[name, sub] for sub in group.names]
    return lines


def test_each_group_module_adds_its_commands_through_register() -> None:
    seen: list[str] = []
    for register in GROUPS:
        commands = Commands(argparse.ArgumentParser().add_subparsers(dest="command"))
        register(commands)
        assert commands.names, f"{register.__module__}.register added no command"
        assert not set(commands.names) & set(seen), "two groups register the same command"
        seen += commands.names
    assert set(seen) == set(TOP_LEVEL)


def test_strategy_group_holds_its_file_commands() -> None:
    assert {"export", "import"} <= set(_registered().groups["strategy"].names)


@pytest.mark.parametrize("line", _command_lines(), ids=" ".join)
def test_jpoa_help_works_for_every_command(
    line: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*line, "--help"])
    assert stop.value.code == 0
    assert f"usage: jpoa {' '.join(line)}" in capsys.readouterr().out


def test_a_handler_is_a_plain_function_over_the_services(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "plain.sqlite"), create=True)
    try:
        services = Services(db)
        services.content.load_builtin()
        services.demo.load("small")
        out = io.StringIO()
        code = workshops.listing(argparse.Namespace(lang="en", year=None, json=True), services, out)
        assert code == 0
        (workshop,) = json.loads(out.getvalue())
        assert workshop["participants"] == 40
    finally:
        db.dispose()
