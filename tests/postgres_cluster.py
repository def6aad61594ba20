"""A throw-away PostgreSQL cluster for tests and benchmarks: `initdb` in a temporary folder,
`pg_ctl start` on 127.0.0.1 and a free port, stopped and removed at the end.

The server listens on the loopback address only (and on a Unix socket in its own folder); it is
never a server someone else runs. As root (CI runs as root, and `initdb` refuses root) the
cluster belongs to the `postgres` account that Debian's package creates.

Databases for single tests are copied from templates (`CREATE DATABASE … TEMPLATE`), which takes
a fraction of a second, instead of running every migration again.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from sqlalchemy.engine import URL

SUPERUSER = "jpoa_test_admin"
SUPERUSER_PASSWORD = "local-test-only"
SPEED_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")
PORT_ATTEMPTS = 5


class ClusterUnavailable(RuntimeError):
    """The throw-away server could not be made or started."""


class ServerNotInstalled(ClusterUnavailable):
    """No PostgreSQL server programs on this machine (Debian: `apt-get install postgresql`)."""


def server_binaries() -> Path:
    """The folder holding `initdb`, `pg_ctl` and `postgres` (the newest installed version)."""
    found = shutil.which("pg_ctl")
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version, reverse=True)
    for folder in [*candidates, *([Path(found).parent] if found else [])]:
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder
    raise ServerNotInstalled("PostgreSQL's server programs (initdb, pg_ctl) are not installed")


def _version(folder: Path) -> int:
    name = folder.parent.name
    return int(name) if name.isdigit() else 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running throw-away server; `url()` names one of its databases."""

    folder: Path
    port: int
    binaries: Path
    _owner: str | None = None
    _names: count[int] = field(default_factory=count)

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str = "") -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password or (SUPERUSER_PASSWORD if user == SUPERUSER else None),
            host="127.0.0.1",
            port=self.port,
            database=database,
        )

    def admin_sql(self, statement: str, database: str = "postgres") -> None:
        """One statement as the cluster's superuser, outside a transaction (CREATE DATABASE)."""
        import psycopg

        with psycopg.connect(
            self.url(database).render_as_string(hide_password=False).replace("+psycopg", ""),
            autocommit=True,
        ) as connection:
            connection.execute(statement.encode())

    def new_database_name(self, stem: str = "test") -> str:
        return f"{stem}_{os.getpid()}_{next(self._names)}"

    def create_database(self, name: str, template: str | None = None) -> URL:
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.admin_sql(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        _run(
            [str(self.binaries / "pg_ctl"), "stop", "-D", str(self.folder / "data"), "-m", "fast"],
            self._owner,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(command: list[str], owner: str | None, check: bool = True) -> None:
    if owner is not None:
        command = ["runuser", "-u", owner, "--", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise ClusterUnavailable(f"{command[-1]}: {result.stderr.strip() or result.stdout.strip()}")


def start_cluster(max_connections: int = 200) -> Cluster:
    """initdb, then start the server on 127.0.0.1; the caller stops it (`Cluster.stop`)."""
    binaries = server_binaries()
    folder = Path(tempfile.mkdtemp(prefix="jpoa-pg-"))
    owner = "postgres" if os.geteuid() == 0 else None
    if owner is not None:
        account = pwd.getpwnam(owner)
        os.chown(folder, account.pw_uid, account.pw_gid)
    password_file = folder / "superuser-password"
    password_file.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
    if owner is not None:
        os.chown(password_file, account.pw_uid, account.pw_gid)
    data = folder / "data"
    _run(
        [
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(password_file),
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        ],
        owner,
    )
    port = _free_port()
    for _ in range(PORT_ATTEMPTS - 1):
        try:
            _start_server(binaries, folder, port, max_connections, owner)
            break
        except ClusterUnavailable:
            if not _port_was_taken(folder):
                raise
            port = _free_port()
    else:
        _start_server(binaries, folder, port, max_connections, owner)  # the last try
    return Cluster(folder=folder, port=port, binaries=binaries, _owner=owner)


def _start_server(
    binaries: Path, folder: Path, port: int, max_connections: int, owner: str | None
) -> None:
    options = " ".join(
        [
            "-c listen_addresses=127.0.0.1",
            f"-c port={port}",
            f"-c unix_socket_directories={folder}",
            f"-c max_connections={max_connections}",
            *(f"-c {setting}" for setting in SPEED_SETTINGS),
        ]
    )
    _run(
        [
            str(binaries / "pg_ctl"),
            "start",
            "-w",
            "-D",
            str(folder / "data"),
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
        ],
        owner,
    )


def _port_was_taken(folder: Path) -> bool:
    """Whether the server refused to start only because its port was taken meanwhile: the
    port is free when `_free_port` looks, but another process (another pytest-xdist worker
    starting its own cluster, say) may bind it before the server does."""
    log = folder / "server.log"
    return log.exists() and "Address already in use" in log.read_text(errors="replace")


def cluster_for_tests(max_connections: int = 200) -> Cluster:
    """`start_cluster` for a test: on a developer's machine without PostgreSQL (Windows, say)
    the test is skipped with the reason; in CI (`CI` set) a missing server fails the run."""
    import pytest

    try:
        return start_cluster(max_connections)
    except ServerNotInstalled as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"{error} (Debian: apt-get install postgresql)")
