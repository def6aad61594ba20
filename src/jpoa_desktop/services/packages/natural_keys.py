"""Natural keys: what makes two records the same besides their uuid (two check-in laptops that
marked one person on one day), read from this database and compared with a package's.

A key is a tuple of package values (references as uuids), so a package record's key is simply
its values; one read from here is encoded and its ids looked up the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.model.packages import Json, JsonObject
from jpoa_desktop.services.packages.record_specs import TableSpec
from jpoa_desktop.services.packages.record_values import encoders

Key = tuple[Json, ...]


def natural_keys(
    session: Session, spec: TableSpec, ids: Callable[[str], dict[str, int]]
) -> dict[Key, str]:
    """Natural key → local uuid of every row of `spec`'s table (when it has a key); `ids(table)`
    is that table's uuid → id."""
    if not spec.natural_key:
        return {}
    table = spec.table
    references = {r.field: r for r in spec.references}
    encode = dict(encoders(spec))
    readers: list[Callable[[Any], Json]] = []
    columns = [table.c.uuid]
    for name in spec.natural_key:
        if name in references:
            uuid_of = inverse(ids(references[name].table))
            columns.append(table.c[references[name].column])
            readers.append(partial(_looked_up, uuid_of))
        else:
            columns.append(table.c[name])
            readers.append(partial(_encoded, encode[name]))
    keys = {}
    for uuid, *values in session.execute(select(*columns)):
        keys[tuple(read(v) for read, v in zip(readers, values, strict=True))] = uuid
    return keys


def hashable(key: Key) -> bool:
    """Whether `key` can be looked up (a hostile package may put a list where a uuid belongs)."""
    try:
        hash(key)
    except TypeError:
        return False
    return True


def distinct_keys(natural: tuple[str, ...], records: list[JsonObject]) -> bool:
    """Whether `records` all have keys that can be looked up and no two have the same one."""
    keys = [tuple(map(record.get, natural)) for record in records] if natural else []
    try:
        return len(set(keys)) == len(keys)
    except TypeError:
        return False


def inverse(ids: dict[str, int]) -> dict[int, str]:
    return {i: u for u, i in ids.items()}


def _looked_up(uuid_of: dict[int, str], value: Any) -> Json:
    return None if value is None else uuid_of[value]


def _encoded(encode: Callable[[Any], Json], value: Any) -> Json:
    return None if value is None else encode(value)
