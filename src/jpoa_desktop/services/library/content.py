"""Loading the built-in library and importing a working framework, each in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from jpoa_desktop.config import content_dir
from jpoa_desktop.content.packs import ItemSpec, PackSpec, Texts, builtin_packs, read_pack
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.models import ContentPack, LibraryItem, LibraryText
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, Cancelled, ContentError
from jpoa_desktop.model.library import AREA, PILLAR, SECTION, LoadReport
from jpoa_desktop.model.progress import CancelCheck, Progress
from jpoa_desktop.services.indexes.library_index import rebuild_index
from jpoa_desktop.services.indexes.versions import ensure_current
from jpoa_desktop.services.library.starter_questions import add_starter_questions

BUILTIN, IMPORTED = "builtin", "imported"
FRAMEWORK = "framework"
IMPORTED_POSITION_BASE = 10_000


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def _write_texts(session: Session, item: LibraryItem, wanted: Texts) -> bool:
    """Make the item's texts exactly `wanted`; return whether anything changed."""
    desired = {(f, lang): text for f, by_lang in wanted.items() for lang, text in by_lang.items()}
    changed = False
    for row in list(item.texts):
        value = desired.pop((row.field, row.lang), None)
        if value is None:
            item.texts.remove(row)
            changed = True
        elif value != row.text:
            row.text = value
            changed = True
    for (field_name, lang), value in desired.items():
        item.texts.append(LibraryText(field=field_name, lang=lang, text=value))
        changed = True
    return changed


def _upsert(session: Session, spec: ItemSpec, pack: str, origin: str, position: int) -> int:
    """Insert or update one item by key; return 1 when a row changed, else 0."""
    item = session.scalar(select(LibraryItem).where(LibraryItem.key == spec.key))
    if item is None:
        item = LibraryItem(
            key=spec.key, kind=spec.kind, pack=pack, origin=origin, position=position
        )
        item.meta = dict(spec.meta)
        session.add(item)
        _write_texts(session, item, spec.texts)
        return 1
    changed = _write_texts(session, item, spec.texts)
    new_values = {"kind": spec.kind, "pack": pack, "origin": origin, "position": position}
    for attr, value in new_values.items():
        if getattr(item, attr) != value:
            setattr(item, attr, value)
            changed = True
    if item.meta != spec.meta:
        item.meta = dict(spec.meta)
        changed = True
    return int(changed)


def _link_parents(session: Session, specs: Iterable[ItemSpec], source: str) -> None:
    ids = dict(session.execute(select(LibraryItem.key, LibraryItem.id)).all())
    for spec in specs:
        parent_id = None
        if spec.parent_key is not None:
            parent_id = ids.get(spec.parent_key)
            if parent_id is None:
                raise ContentError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{file}, item '{key}': its parent '{parent}' does not exist."
                    ),
                    file=source,
                    key=spec.key,
                    parent=spec.parent_key,
                )
        item = session.get(LibraryItem, ids[spec.key])
        if item is not None and item.parent_id != parent_id:
            item.parent_id = parent_id


def _record_pack(session: Session, pack: PackSpec, source: str) -> None:
    stored = session.scalar(select(ContentPack).where(ContentPack.name == pack.name))
    if stored is None:
        session.add(
            ContentPack(name=pack.name, version=pack.version, checksum=pack.checksum, source=source)
        )
    else:
        stored.version, stored.checksum, stored.source = pack.version, pack.checksum, source


def _apply_builtin(session: Session, pack: PackSpec) -> int:
    section = ItemSpec(key=pack.section_key, kind=SECTION, meta={}, texts=pack.texts)
    written = _upsert(session, section, pack.name, BUILTIN, -1)
    for position, spec in enumerate(pack.items):
        written += _upsert(session, spec, pack.name, BUILTIN, position)
    session.flush()
    _link_parents(session, pack.items, pack.name)
    keep = {pack.section_key, *(spec.key for spec in pack.items)}
    stale = session.scalars(
        select(LibraryItem).where(
            LibraryItem.pack == pack.name,
            LibraryItem.origin == BUILTIN,
            LibraryItem.key.not_in(keep),
        )
    ).all()
    for item in stale:
        session.delete(item)
    _record_pack(session, pack, BUILTIN)
    return written + len(stale)


def _validate_framework(pack: PackSpec, source: str, pillar_numbers: set[int]) -> None:
    if not pack.items:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the file has no areas."), file=source
        )
    for spec in pack.items:
        where = {"file": source, "key": spec.key}
        if spec.kind != AREA:
            raise ContentError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}, item '{key}': only kind = \"area\" can be imported "
                    "into the framework.",
                ),
                **where,
            )
        if spec.meta.get("pillar") not in pillar_numbers:
            raise ContentError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, item '{key}': 'pillar' must be one of {allowed}."
                ),
                allowed=", ".join(str(n) for n in sorted(pillar_numbers)),
                **where,
            )
        if not isinstance(spec.meta.get("code"), str) or not spec.meta["code"].strip():
            raise ContentError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, item '{key}': 'code' (for example \"II.3\") is required."
                ),
                **where,
            )


class ContentService:
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def load_builtin(
        self,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        folder: Path | None = None,
    ) -> LoadReport:
        """Bring the library up to the bundled content files; a no-op when nothing changed."""
        progress = progress or _no_progress
        cancelled = cancelled or _never
        packs = builtin_packs(folder or content_dir())
        loaded: list[str] = []
        unchanged: list[str] = []
        notes: list[str] = []
        written = 0
        with self._scope() as session:
            for done, pack in enumerate(packs):
                if cancelled():
                    raise Cancelled(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Loading the library was cancelled; nothing was changed."
                        )
                    )
                progress(done, len(packs))
                stored = session.scalar(select(ContentPack).where(ContentPack.name == pack.name))
                if stored is not None and stored.source == IMPORTED:
                    notes.append(
                        f"{pack.name}: replaced by an imported file; built-in update not applied"
                    )
                    unchanged.append(pack.name)
                elif stored is not None and (
                    stored.version > pack.version or stored.checksum == pack.checksum
                ):
                    unchanged.append(pack.name)
                else:
                    written += _apply_builtin(session, pack)
                    loaded.append(pack.name)
            add_starter_questions(session)  # the question bank a new database starts with
            # Also rebuilds both search indexes once after an app update changed their folding.
            ensure_current(session, library_changed=bool(loaded))
        progress(len(packs), len(packs))
        return LoadReport(tuple(loaded), tuple(unchanged), tuple(notes), written)

    def import_framework(self, path: Path, replace: bool = False) -> LoadReport:
        """Extend the working framework with a file's areas, or replace it with them."""
        pack = read_pack(path)
        with self._scope() as session:
            numbers = {
                int(m.get("number", 0))
                for m in session.scalars(select(LibraryItem.meta).where(LibraryItem.kind == PILLAR))
            }
            _validate_framework(pack, path.name, numbers)
            written = 0
            for position, spec in enumerate(pack.items):
                written += _upsert(
                    session, spec, FRAMEWORK, IMPORTED, IMPORTED_POSITION_BASE + position
                )
            session.flush()
            _link_parents(session, pack.items, path.name)
            removed = 0
            if replace:
                keep = [spec.key for spec in pack.items]
                result = session.execute(
                    delete(LibraryItem).where(
                        LibraryItem.kind == AREA, LibraryItem.key.not_in(keep)
                    )
                )
                removed = int(getattr(result, "rowcount", 0) or 0)
                framework_pack = PackSpec(FRAMEWORK, pack.version, pack.checksum, pack.texts)
                _record_pack(session, framework_pack, IMPORTED)
                if pack.texts.get("label"):
                    head = session.scalar(
                        select(LibraryItem).where(LibraryItem.key == "pack-framework")
                    )
                    if head is not None:
                        _write_texts(session, head, {**_texts_of(head), **pack.texts})
            session.flush()
            rebuild_index(session)
        note = f"{len(pack.items)} areas imported" + (f", {removed} removed" if replace else "")
        return LoadReport(loaded=(FRAMEWORK,), notes=(note,), items_written=written + removed)


def _texts_of(item: LibraryItem) -> Texts:
    texts: Texts = {}
    for row in item.texts:
        texts.setdefault(row.field, {})[row.lang] = row.text
    return texts
