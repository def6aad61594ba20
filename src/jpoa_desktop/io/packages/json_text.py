"""JSON as the package writes it (the same data, the same bytes) and as it reads it (strictly).

Records are written one a line, keys sorted, no NaN, so two exports of the same data are the
same file and a hash says whether anything changed. Reading refuses what a hostile file could
use against the reader: bytes that are not UTF-8, text that is not JSON, and nesting deep
enough to exhaust the parser (Python's parser raises RecursionError; a bounded walk after it
catches the depths it survives).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import chain, compress
from pathlib import Path
from typing import Any

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.packages import Json, JsonObject


def _unserializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def json_encoder(
    ensure_ascii: bool, separators: tuple[str, str], sort_keys: bool, allow_nan: bool
) -> Callable[[Any], str]:
    """What `json.dumps` with these settings gives, made for many small values: `dumps` (and
    `JSONEncoder.encode`) build a new C encoder for every value, which is most of the cost of
    encoding one record (three times slower). Circular values are not looked for: JSON read
    from a file and rows from a database hold none."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        encoder = json.JSONEncoder(
            ensure_ascii=ensure_ascii,
            separators=separators,
            sort_keys=sort_keys,
            allow_nan=allow_nan,
        )
        return encoder.encode
    strings = (
        json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    )
    item_separator, key_separator = separators
    encode = make(
        None, _unserializable, strings, None, key_separator, item_separator, sort_keys, False,
        allow_nan,
    )  # fmt: skip
    return lambda value: "".join(encode(value, 0))


# one encoder for every record
encode_value = json_encoder(False, (",", ":"), sort_keys=True, allow_nan=False)
encode_value.__doc__ = """One value as compact, key-sorted JSON; NaN is a ValueError."""


def encode_records(records: list[JsonObject]) -> bytes:
    """A table's records, sorted by uuid, one a line: a list that reads back as written."""
    ordered = sorted(records, key=lambda record: str(record["uuid"]))
    lines = ",\n".join(encode_value(record) for record in ordered)
    return f"[\n{lines}\n]\n".encode() if lines else b"[]\n"


def encode_object(value: JsonObject) -> bytes:
    """The manifest: indented so a person can read it in any zip tool."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return (text + "\n").encode()


def decode(path: Path, member: str, data: bytes, max_depth: int) -> Json:
    """Parse `data` (member `member` of the package at `path`), or raise one clear line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is damaged: {member} is not UTF-8 text."),
            file=path.name,
            member=member,
        ) from exc
    try:
        value: Json = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError as exc:
        raise _too_deep(path, member, max_depth) from exc
    except ValueError as exc:  # JSONDecodeError and the refused NaN/Infinity
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is damaged: {member} is not valid JSON ({reason})."
            ),
            file=path.name,
            member=member,
            reason=str(exc),
        ) from exc
    if _depth(value) > max_depth:
        raise _too_deep(path, member, max_depth)
    return value


def _refuse_constant(name: str) -> Json:
    raise ValueError(f"{name} is not a number JSON allows")


def _depth(value: Json) -> int:
    """How deeply `value` nests lists and objects (an empty one adds no level of its own),
    walked a level at a time without recursion. Each level's children are gathered by C loops
    (`chain`, `compress`) rather than one Python step per value: a large package holds some
    3,000,000 values, nearly all plain, and this walk was a tenth of an import's time."""
    level = [value] if type(value) in _CONTAINERS else []
    deepest = depth = 0
    while level:
        filled = [item for item in level if item]
        deepest = max(deepest, depth + 1 if filled else depth)
        objects = [item.values() for item in filled if type(item) is dict]
        lists = [item for item in filled if type(item) is list]
        children = list(chain(chain.from_iterable(objects), chain.from_iterable(lists)))
        level = list(compress(children, map(_CONTAINERS.__contains__, map(type, children))))
        depth += 1
    return deepest


_CONTAINERS = frozenset((dict, list))


def _too_deep(path: Path, member: str, limit: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is refused: {member} nests values more than {limit} deep."
        ),
        file=path.name,
        member=member,
        limit=limit,
    )
