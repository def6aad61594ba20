"""What a benchmark table was measured on: the date, the processor, cores, memory, system, the
Python, Qt, SQLite and PostgreSQL versions, and how busy the machine was. Figures mean little
without it (a laptop in a training room is not the build machine)."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _first(path: str, key: str) -> str:
    """The value of the first `key: value` (or `key=value`) line of a system file, else ""."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in lines:
        name, separator, value = line.partition(":" if ":" in line else "=")
        if separator and name.strip() == key:
            return value.strip().strip('"')
    return ""


def _memory_gb() -> str:
    kilobytes = _first("/proc/meminfo", "MemTotal").split()
    return f"{int(kilobytes[0]) / 1024 / 1024:.0f} GB RAM" if kilobytes else "RAM unknown"


def _qt() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return "Qt not installed"
    return f"Qt {qVersion()} (PySide6 {PySide6.__version__})"


def _postgres() -> str:
    """The throw-away server's version, as the server benchmarks will start it."""
    sys.path.insert(0, str(ROOT))
    try:
        from tests.postgres_cluster import ClusterUnavailable, server_binaries

        folder = server_binaries()
    except (ImportError, ClusterUnavailable):
        return "no PostgreSQL server"
    finally:
        sys.path.remove(str(ROOT))
    found = subprocess.run(
        [str(folder / "postgres"), "--version"], capture_output=True, text=True, check=False
    )
    return found.stdout.strip().replace("postgres (PostgreSQL)", "PostgreSQL") or "PostgreSQL"


def describe() -> list[tuple[str, str]]:
    """(what, value) pairs for above the table."""
    processor = _first("/proc/cpuinfo", "model name") or platform.processor() or "CPU unknown"
    system = _first("/etc/os-release", "PRETTY_NAME") or platform.system()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    software = f"Python {platform.python_version()}, {_qt()}, SQLite {sqlite3.sqlite_version}"
    return [
        ("date", f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"),
        ("machine", f"{processor}, {os.cpu_count()} cores, {_memory_gb()}"),
        ("system", f"{system}, {platform.system()} {platform.release()}"),
        ("software", f"{software}, {_postgres()}"),
        ("load", f"{load} (1, 5, 15 min) at the start"),
    ]
