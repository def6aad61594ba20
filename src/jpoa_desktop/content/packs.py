"""Parsing content files (TOML) into plain specs, with messages that say which file and which item.

A value that is a table keyed by language codes is a translatable text; anything else
(numbers, strings, lists of them) is metadata. So a new language is a new key, not a new column.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ContentError

KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9.\-]*")
LANG_PATTERN = re.compile(r"[a-z]{2,3}")
MAX_FILE_BYTES = 5 * 1024 * 1024

Texts = dict[str, dict[str, str]]  # field -> lang -> text


@dataclass(frozen=True)
class ItemSpec:
    key: str
    kind: str
    meta: dict[str, Any]
    texts: Texts
    parent_key: str | None = None


@dataclass(frozen=True)
class PackSpec:
    name: str
    version: int
    checksum: str
    texts: Texts
    items: tuple[ItemSpec, ...] = field(default_factory=tuple)

    @property
    def section_key(self) -> str:
        return f"pack-{self.name}"


def _is_text_table(value: object) -> bool:
    return isinstance(value, dict) and bool(value) and all(LANG_PATTERN.fullmatch(k) for k in value)


def _error(template: str, place: str, **values: object) -> ContentError:
    """A ContentError located at `place` (`file`, `file › key` or `file › [meta]`)."""
    return ContentError(template, place=place, **values)


def _texts(place: str, raw: dict[str, Any]) -> tuple[Texts, dict[str, Any]]:
    texts: Texts = {}
    meta: dict[str, Any] = {}
    for name, value in raw.items():
        if isinstance(value, dict):
            if not _is_text_table(value):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{place}: '{name}' must map language codes (en, ru, …) to text."
                    ),
                    place,
                    name=name,
                )
            for lang, text in value.items():
                if not isinstance(text, str):
                    raise _error(
                        QT_TRANSLATE_NOOP("Errors", "{place}: '{name}' must be text."),
                        place,
                        name=f"{name}.{lang}",
                    )
            texts[name] = {lang: text.strip() for lang, text in value.items() if text.strip()}
        elif isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
            raise _error(
                QT_TRANSLATE_NOOP("Errors", "{place}: '{name}' may only list plain values."),
                place,
                name=name,
            )
        else:
            meta[name] = value
    return texts, meta


def _parent_key(kind: str, meta: dict[str, Any]) -> str | None:
    if isinstance(meta.get("parent"), str):
        return str(meta["parent"])
    if kind == "area" and isinstance(meta.get("pillar"), int):
        return f"pillar-{meta['pillar']}"
    return None


def _document(data: bytes, source: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: the file is larger than {limit} MB."),
            source,
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: not UTF-8 text (byte {byte})."),
            source,
            byte=exc.start,
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: not a valid content file: {reason}"),
            source,
            reason=exc,
        ) from exc


def _meta(document: dict[str, Any], source: str) -> tuple[str, int, Texts]:
    meta = document.get("meta")
    if not isinstance(meta, dict):
        raise _error(QT_TRANSLATE_NOOP("Errors", "{place}: the [meta] table is missing."), source)
    name, version = meta.get("pack"), meta.get("version")
    if not isinstance(name, str) or not KEY_PATTERN.fullmatch(name):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: meta.pack must be a short lowercase name."),
            source,
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: meta.version must be a whole number from 1."),
            source,
        )
    rest = {k: v for k, v in meta.items() if k not in ("pack", "version")}
    pack_texts, _ = _texts(f"{source} › [meta]", rest)
    return name, version, pack_texts


def _item(raw: object, number: int, source: str, seen: set[str]) -> ItemSpec:
    place = f"{source} › [[item]] {number}"
    if not isinstance(raw, dict):
        raise _error(QT_TRANSLATE_NOOP("Errors", "{place}: must be a table."), place)
    key, kind = raw.get("key"), raw.get("kind")
    if not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "{place}: 'key' must be lowercase letters, digits, '.' or '-'."
            ),
            place,
        )
    place = f"{source} › {key}"
    if key in seen:
        raise _error(QT_TRANSLATE_NOOP("Errors", "{place}: the key is used twice."), place)
    seen.add(key)
    if not isinstance(kind, str) or not KEY_PATTERN.fullmatch(kind) or kind == "section":
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: 'kind' is missing or not allowed."), place
        )
    texts, item_meta = _texts(place, {k: v for k, v in raw.items() if k not in ("key", "kind")})
    if not texts.get("title"):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: a 'title' in at least one language is required."),
            place,
        )
    return ItemSpec(key, kind, item_meta, texts, _parent_key(kind, item_meta))


def parse_pack(data: bytes, source: str) -> PackSpec:
    """Parse one content file's bytes; raise ContentError naming the file and the item."""
    document = _document(data, source)
    name, version, pack_texts = _meta(document, source)
    raw_items = document.get("item", [])
    if not isinstance(raw_items, list):
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: 'item' must be an array of tables ([[item]])."),
            source,
        )
    seen: set[str] = set()
    items = [_item(raw, number, source, seen) for number, raw in enumerate(raw_items, start=1)]
    checksum = hashlib.sha256(data).hexdigest()
    return PackSpec(
        name=name, version=version, checksum=checksum, texts=pack_texts, items=tuple(items)
    )


def read_pack(path: Path) -> PackSpec:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Errors", "{place}: cannot be read ({reason})."),
            str(path),
            reason=exc.strerror or exc,
        ) from exc
    return parse_pack(data, path.name)


def builtin_packs(folder: Path) -> list[PackSpec]:
    """Every built-in content file, pillars first (the framework's areas hang under them)."""
    packs = [read_pack(p) for p in sorted(folder.glob("*.toml"))]
    order = {"pillars": 0}
    return sorted(packs, key=lambda p: (order.get(p.name, 1), p.name))
