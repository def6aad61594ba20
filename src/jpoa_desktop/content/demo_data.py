"""The demo's data tables (names, organisations, agendas, the demo action plan) from
resources/demo/*.toml, so that the Python modules keep only the logic that turns them into rows.

A file that cannot be read, is not TOML, or lacks a value (or holds the wrong kind of value)
is reported as a ContentError naming the file and the key: the demo is refused with that one
line instead of a traceback from somewhere deep in the generator.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jpoa_desktop.config import resources_dir
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ContentError


def _damaged(place: str, reason: str) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP("Errors", "{place}: the demo data is damaged: {reason}"),
        place=place,
        reason=reason,
    )


@dataclass(frozen=True)
class DemoTable:
    """One table of a demo data file; each getter checks the kind of value it returns."""

    values: Mapping[str, Any]
    place: str  # "…/resources/demo/people.toml › countries.KZ": where a problem is

    def damaged(self, reason: str) -> ContentError:
        """The error for a problem in this table that the getters cannot see."""
        return _damaged(self.place, reason)

    def _get(self, key: str, kind: type | tuple[type, ...], wanted: str) -> Any:
        value = self.values.get(key)
        if isinstance(value, bool) or not isinstance(value, kind):  # True is no number here
            problem = "is missing" if value is None else f"must be {wanted}"
            raise _damaged(self.place, f"'{key}' {problem}")
        return value

    def text(self, key: str) -> str:
        return str(self._get(key, str, "text"))

    def number(self, key: str) -> float:
        return float(self._get(key, (int, float), "a number"))

    def whole(self, key: str) -> int:
        return int(self._get(key, int, "a whole number"))

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of texts, or one text of words separated by spaces and line breaks."""
        value = self._get(key, (str, list), "a list of texts")
        items = value.split() if isinstance(value, str) else value
        if not all(isinstance(item, str) for item in items):
            raise _damaged(self.place, f"'{key}' must list texts only")
        return tuple(items)

    def flag(self, key: str) -> bool:
        """true or false; false when the key is left out."""
        value = self.values.get(key, False)
        if not isinstance(value, bool):
            raise _damaged(self.place, f"'{key}' must be true or false")
        return value

    def numbers(self, key: str) -> tuple[float, ...]:
        value = self._get(key, list, "a list of numbers")
        if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in value):
            raise _damaged(self.place, f"'{key}' must list numbers only")
        return tuple(float(n) for n in value)

    def pairs(self, key: str) -> tuple[tuple[str, str], ...]:
        """A list of two-text lists, e.g. a patronymic's male and female forms."""
        value = self._get(key, list, "a list of pairs")
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
                   for p in value):  # fmt: skip
            raise _damaged(self.place, f"'{key}' must list pairs of texts")
        return tuple((first, second) for first, second in value)

    def mapping(self, key: str) -> dict[str, str]:
        """A table of text → text (a transliteration, a fold)."""
        value = self._get(key, dict, "a table of texts")
        if not all(isinstance(v, str) for v in value.values()):
            raise _damaged(self.place, f"'{key}' must map texts to texts")
        return dict(value)

    def table(self, key: str) -> DemoTable:
        return DemoTable(self._get(key, dict, "a table"), self._inside(key))

    def tables(self, key: str) -> list[DemoTable]:
        """An array of tables ([[key]] in the file), in the file's order."""
        value = self._get(key, list, "a list of tables")
        if not all(isinstance(v, dict) for v in value):
            raise _damaged(self.place, f"'{key}' must list tables")
        return [DemoTable(v, f"{self._inside(key)}[{n}]") for n, v in enumerate(value, 1)]

    def _inside(self, key: str) -> str:
        """`file › key` for a table of the file, `file › table.key` deeper down."""
        return f"{self.place}.{key}" if " › " in self.place else f"{self.place} › {key}"

    def keys_in_order(self) -> Iterator[str]:
        """The table's keys in the file's order (the order the demo draws from)."""
        return iter(self.values)


def read_demo_file(path: Path) -> DemoTable:
    """The whole file as a table; a ContentError naming the file if it cannot be read."""
    place = str(path)
    try:
        return DemoTable(tomllib.loads(path.read_bytes().decode("utf-8")), place)
    except OSError as exc:
        raise _damaged(place, exc.strerror or type(exc).__name__) from None
    except UnicodeDecodeError as exc:
        raise _damaged(place, f"not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise _damaged(place, str(exc)) from None


@cache
def demo_file(name: str) -> DemoTable:
    """resources/demo/NAME.toml, read once per run."""
    return read_demo_file(resources_dir() / "demo" / f"{name}.toml")
