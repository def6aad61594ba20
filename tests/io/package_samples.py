"""Packages for the tests: a small workshop's worth of records, and zips built by hand."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from jpoa_desktop.model.packages import JsonObject, PackageContents

MADE_AT = datetime(2026, 5, 14, 9, 30, tzinfo=UTC)


def sample_contents(people: int = 3) -> PackageContents:
    """One workshop, its people (Cyrillic and Latin names) and their registrations."""
    names = ["Нурланова", "Qoʻchqorov", "Раҳимов", "Ýazmyradow"] * people
    persons: list[JsonObject] = []
    for n in range(people):
        person: JsonObject = {"uuid": f"p-{n:04d}", "family_name": names[n], "patronymic": None}
        persons.append(person)
    return PackageContents(
        kind="workshops",
        app_version="0.1.0",
        created_at=MADE_AT,
        created_by="desk-laptop-2",
        tables={
            "workshop": [{"uuid": "w-1", "title": "Финансирование терроризма", "days": 3}],
            "person": persons,
            "registration": [
                {"uuid": f"r-{p['uuid']}", "person": p["uuid"], "workshop": "w-1"} for p in persons
            ],
        },
        holds={"workshops": [{"uuid": "w-1", "title": "Финансирование терроризма"}]},
    )


def manifest_for(tables: dict[str, bytes], /, **changes: object) -> bytes:
    """A manifest that tells the truth about `tables` (member bytes), then `changes` to it."""
    manifest: dict[str, object] = {
        "format": "jpoa-package",
        "format_version": 1,
        "app_version": "0.1.0",
        "kind": "workshops",
        "created_at": MADE_AT.isoformat(),
        "created_by": "stranger",
        "holds": {},
        "tables": {
            name: {
                "member": f"tables/{name}.json",
                "count": _count(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            for name, data in tables.items()
        },
    }
    manifest.update(changes)
    return json.dumps(manifest).encode()


def _count(data: bytes) -> int:
    """How many records `data` holds, or 0 when it is not a list (the hostile cases)."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return 0
    return len(value) if isinstance(value, list) else 0


def zip_by_hand(path: Path, members: dict[str, bytes]) -> Path:
    """A zip holding exactly `members`, as a hostile tool could write it."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def package_by_hand(path: Path, tables: dict[str, bytes], /, **manifest_changes: object) -> Path:
    """A package of `tables` (name → member bytes) with an honest manifest, bar `changes`."""
    members = {"manifest.json": manifest_for(tables, **manifest_changes)}
    members.update({f"tables/{name}.json": data for name, data in tables.items()})
    return zip_by_hand(path, members)
