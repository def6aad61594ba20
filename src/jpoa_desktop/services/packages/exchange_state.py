"""What this laptop remembers between exchanges: each record's digest as last exchanged (the
common ancestor a merge compares both sides with) and the uuids from other laptops that name a
record here under another uuid (a merged person, a mark both check-in laptops made).

Written with plain DELETE + INSERT in batches, which every database we run on accepts, to the
tables in bulk (`table_writes`) rather than through the ORM: an import remembers one row per record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.bulk import BATCH
from jpoa_desktop.db.models import ExchangeAlias, ExchangeBase
from jpoa_desktop.services.packages.table_writes import insert_many

# SQLite allows some 32,000 parameters in one statement; stay well below.
_IN_CHUNK = 500


def chunks(values: list[str], size: int = _IN_CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def load_aliases(session: Session) -> dict[str, str]:
    """Every uuid from elsewhere that names a record here: alias → local uuid."""
    return dict(session.execute(select(ExchangeAlias.alias_uuid, ExchangeAlias.local_uuid)).all())


def load_bases(session: Session, uuids: Iterable[str]) -> dict[str, str]:
    """The last exchanged digest of each of `uuids` that has one."""
    wanted = list(uuids)
    held = session.scalar(select(func.count()).select_from(ExchangeBase)) or 0
    if held <= len(wanted):  # cheaper to read them all than to ask for each
        everything = session.execute(select(ExchangeBase.record_uuid, ExchangeBase.digest))
        asked = set(wanted)
        return {uuid: digest for uuid, digest in everything if uuid in asked}
    found: dict[str, str] = {}
    for chunk in chunks(wanted):
        rows = session.execute(
            select(ExchangeBase.record_uuid, ExchangeBase.digest).where(
                ExchangeBase.record_uuid.in_(chunk)
            )
        )
        found.update(rows.all())
    return found


def save_bases(session: Session, digests: Mapping[str, str], known: Mapping[str, str]) -> int:
    """Remember `digests` (uuid → digest) as last exchanged; `known` is what is remembered
    already, so only changed ones are written. Returns how many were written."""
    # in uuid order: the index on record_uuid then grows at its end instead of at random
    changed = sorted((u, d) for u, d in digests.items() if known.get(u) != d)
    for start in range(0, len(changed), BATCH):
        batch = changed[start : start + BATCH]
        stale = [u for u, _ in batch if u in known]
        for chunk in chunks(stale):
            session.execute(delete(ExchangeBase).where(ExchangeBase.record_uuid.in_(chunk)))
        insert_many(session, ExchangeBase, [{"record_uuid": u, "digest": d} for u, d in batch])
    return len(changed)


def save_aliases(session: Session, aliases: Mapping[str, str]) -> None:
    """Remember new aliases (alias uuid → local uuid); each alias is new here."""
    insert_many(
        session, ExchangeAlias, [{"alias_uuid": a, "local_uuid": u} for a, u in aliases.items()]
    )
