"""`jpoa server init`, `jpoa server add-user` and `jpoa server users`.

They connect like every command (`--db postgresql+psycopg://user@host/database` or
JPOA_DATABASE_URL); with no password in the URL, libpq takes it from PGPASSWORD or ~/.pgpass,
as PostgreSQL's own tools do. A new user's password is read from a file, never from the command
line, where other users of the computer could see it in the process list.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from jpoa_desktop.cli.commands import Commands, answer
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.server.policies import COUNTRIES, GROUP_ROLES


def init(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    report = services.accounts.init()
    line = (
        f"Server ready: schema {report.schema}, roles {', '.join(GROUP_ROLES.values())}, "
        f"{report.scoped_tables} tables kept to their country"
    )
    return answer(args, out, {"schema": report.schema, "scoped_tables": report.scoped_tables},
                  [line])  # fmt: skip


def add_user(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    account = services.accounts.add_user(
        args.name, args.role, args.country or "", Path(args.password_file)
    )
    where = account.country or "every country"
    data = {"name": account.name, "role": account.access, "country": account.country}
    return answer(args, out, data, [f"{account.name}: {account.access}, {where}"])


def users(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    found = services.accounts.users()
    data = [{"name": a.name, "role": a.access, "country": a.country, "can_log_in": a.can_log_in}
            for a in found]  # fmt: skip
    lines = (f"{a.name:<24} {a.access:<7} {a.country or '--'}"
             f"{'' if a.can_log_in else '  (cannot log in)'}" for a in found)  # fmt: skip
    return answer(args, out, data, lines)


def register(group: Commands) -> None:
    group.command(
        "init",
        init,
        "create the schema, the roles and the per-country rules (needs CREATEROLE; safe to rerun)",
        creates_database=True,
    )
    command = group.command(
        "add-user", add_user, "add an account, or change its role, country and password"
    )
    command.add_argument("name", help="the login name (Latin letters, digits, _ . -)")
    command.add_argument("--role", required=True, choices=tuple(GROUP_ROLES))
    command.add_argument(
        "--country", choices=COUNTRIES, type=str.upper, help="the only country it may change"
    )
    command.add_argument(
        "--password-file", required=True, metavar="FILE", help="a file whose first line is it"
    )
    group.command("users", users, "every account with its role and country")
