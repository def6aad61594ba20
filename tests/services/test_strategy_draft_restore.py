"""Deleting a whole draft and bringing it back (the GUI's undo of "Delete draft")."""

from __future__ import annotations

import pytest
from tests.strategy_sample import build_sample

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.strategies.strategies import StrategyService
from jpoa_desktop.services.strategies.strategy_draft_restore import DraftRemoval
from jpoa_desktop.services.strategies.strategy_versions import VersionService


def _everything(service: StrategyService, draft: int) -> object:
    """The draft as the editor reads it, uuids included, without the changing timestamps."""
    view = service.draft(draft, "ru")
    summary = view.summary
    measures = [
        (m.uuid, m.number, m.texts, m.responsible, m.partners, m.start, m.end, m.priority,
         m.status, [(i.uuid, i.name, i.target) for i in m.indicators],
         [(b.uuid, b.amount, b.currency) for b in m.budget], [k.key for k in m.mapping],
         [(c.uuid, c.text, c.resolved) for c in m.comments])
        for m in view.measures()
    ]  # fmt: skip
    goals = [(g.uuid, g.texts, [(o.uuid, o.texts) for o in g.objectives]) for g in view.goals]
    return (summary.uuid, summary.titles, summary.country, summary.kind, summary.start_year,
            summary.end_year, summary.status, summary.lead_agency, summary.languages,
            view.notes, goals, measures)  # fmt: skip


def test_a_deleted_draft_comes_back_whole_with_the_same_uuids_and_ids(
    loaded_db: Database,
) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft = build_sample(service)
    first = service.draft(draft, "ru").measures()[0].id
    service.add_comment(first, "Айгерим", "Уточнить сроки")
    VersionService(loaded_db.session_scope).snapshot(draft, "Первая редакция")
    before = _everything(service, draft)
    removal = DraftRemoval(loaded_db.session_scope)

    deleted = removal.delete(draft)

    assert deleted.measures == 4
    assert [d.id for d in service.drafts("ru")] == []
    restored = removal.restore(deleted)
    assert restored == draft  # nothing took the ids meanwhile: they come back too
    assert _everything(service, restored) == before
    assert service.draft(restored, "ru").measures()[0].id == first
    versions = VersionService(loaded_db.session_scope).versions(restored)
    assert [v.name for v in versions] == ["Первая редакция"]
    assert removal.id_of(str(deleted.draft["uuid"])) == restored


def test_a_draft_restored_after_its_ids_were_reused_gets_new_ids_and_the_same_tree(
    loaded_db: Database,
) -> None:
    service = StrategyService(loaded_db.session_scope)
    draft = build_sample(service)
    before = _everything(service, draft)
    removal = DraftRemoval(loaded_db.session_scope)
    deleted = removal.delete(draft)
    other = build_sample(service)  # SQLite hands the freed ids out again; a server does not
    assert (other == draft) == (loaded_db.path is not None)

    restored = removal.restore(deleted)

    assert restored != other
    assert (restored == draft) == (other != draft)  # its own ids only when they are still free
    assert _everything(service, restored) == before
    assert len(service.draft(other, "ru").measures()) == 4


def test_restoring_the_same_draft_twice_is_refused(loaded_db: Database) -> None:
    service = StrategyService(loaded_db.session_scope)
    removal = DraftRemoval(loaded_db.session_scope)
    deleted = removal.delete(build_sample(service))
    removal.restore(deleted)

    with pytest.raises(ValidationError, match="already back"):
        removal.restore(deleted)
    assert len(service.drafts("en")) == 1


def test_deleting_a_draft_that_is_gone_says_so(loaded_db: Database) -> None:
    with pytest.raises(ValidationError, match="no strategy draft with id 999"):
        DraftRemoval(loaded_db.session_scope).delete(999)
