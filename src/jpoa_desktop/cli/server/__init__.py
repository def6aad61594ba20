"""`jpoa server …`: a national team's shared PostgreSQL server: creating its schema, roles and
policies, adding accounts, loading a laptop's file into it, reading its audit log.

Each module of this package adds its commands to the group through its own `register`; the
tuple below lists them in the order `jpoa server --help` shows them.
"""

from __future__ import annotations

from collections.abc import Callable

from jpoa_desktop.cli.commands import Commands
from jpoa_desktop.cli.server import accounts, audit, import_sqlite

SERVER_COMMANDS: tuple[Callable[[Commands], None], ...] = (
    accounts.register,
    import_sqlite.register,
    audit.register,
)


def register(commands: Commands) -> None:
    group = commands.group("server", "a team's shared PostgreSQL server")
    for register_commands in SERVER_COMMANDS:
        register_commands(group)
