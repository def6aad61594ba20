"""National strategy and action-plan drafts: listing, reading the tree, creating, editing.

Each public call is one unit of work (one transaction), so the editor's autosave is simply
"call the service on every edit": closing the app mid-edit loses nothing. Every edit returns
what its undo needs (the previous values, the old place, or the deleted rows), in the way
`WorkshopService.delete` does, so the GUI's undo stack can span the whole draft.
Indicators, budget lines, mapping and comments live in `strategy_details`.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.strategy_models import StrategyDraft, StrategyItem
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, EditConflict, ValidationError
from jpoa_desktop.model.strategies import (
    DeletedRows,
    DraftInput,
    DraftSummary,
    DraftView,
    GoalView,
    ItemInput,
    MeasureView,
    Moved,
    ObjectiveView,
)
from jpoa_desktop.services.edit_conflicts import Fields, locked_row, merged, on_top_of_theirs
from jpoa_desktop.services.exchange.backup import backup_before
from jpoa_desktop.services.strategies import strategy_snapshot as snapshot
from jpoa_desktop.services.strategies.strategy_details import StrategyDetails
from jpoa_desktop.services.strategies.strategy_rows import (
    check_parent,
    draft_columns,
    draft_or_error,
    input_of,
    item_columns,
    item_fields,
    item_of_fields,
    item_or_error,
    validate_draft,
    validate_item,
)
from jpoa_desktop.services.strategies.strategy_tree import (
    LabelCache,
    library_labels,
    measure_counts,
    read_draft,
    summary,
)

TEMPLATES = ("empty", "framework")


class StrategyService(StrategyDetails):
    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope
        self._labels = LabelCache()

    # --- drafts -----------------------------------------------------------------------------

    def drafts(self, lang: str, country: str | None = None) -> list[DraftSummary]:
        """Every draft, by country then newest period first."""
        statement = select(StrategyDraft).order_by(
            StrategyDraft.country, StrategyDraft.start_year.desc(), StrategyDraft.id
        )
        if country:
            statement = statement.where(StrategyDraft.country == country)
        with self._scope() as session:
            counts = measure_counts(session)
            return [summary(d, counts.get(d.id, 0), lang) for d in session.scalars(statement)]

    def draft(self, draft_id: int, lang: str) -> DraftView:
        """The whole draft (goals → objectives → measures with everything on them)."""
        with self._scope() as session:
            draft = draft_or_error(session, draft_id)
            return read_draft(session, draft, lang, self._labels.get(session, lang))

    def partner_names(self, lang: str) -> dict[str, str]:
        """The library's partners a measure can name: key → short name in `lang`."""
        with self._scope() as session:
            labels = self._labels.get(session, lang)
            return {k: label.code for k, label in labels.items() if label.kind == "partner"}

    def create(self, draft: DraftInput, template: str = "empty") -> int:
        """A new draft, empty or with the framework's skeleton: each pillar a goal, each of
        its areas an objective, titled from the library in the draft's languages."""
        validate_draft(draft)
        if template not in TEMPLATES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a template (empty or framework)."),
                value=template,
            )
        with self._scope() as session:
            row = StrategyDraft(**draft_columns(draft))
            session.add(row)
            session.flush()
            if template == "framework":
                _framework_skeleton(session, row.id, draft.languages or ("en",))
            return row.id

    def copy(self, draft_id: int, titles: dict[str, str] | None = None) -> int:
        """A new draft with every field and item of another (comments and versions stay with
        the original); each copied item remembers its original, so the two can be compared."""
        with self._scope() as session:
            source = draft_or_error(session, draft_id)
            columns = {
                name: getattr(source, name)
                for name in (
                    "country", "titles", "kind", "start_year", "end_year", "lead_agency",
                    "languages", "notes",
                )
            }  # fmt: skip
            columns["status"] = "draft"
            if titles is not None:
                columns["titles"] = titles
            target = StrategyDraft(**columns)
            session.add(target)
            session.flush()
            snapshot.copy_tree(session, draft_id, target.id)
            return target.id

    def update_draft(self, draft_id: int, draft: DraftInput) -> DraftInput:
        """Replace every field; return the previous ones (for undo)."""
        validate_draft(draft)
        with self._scope() as session:
            row = draft_or_error(session, draft_id)
            before = DraftInput(
                country=row.country,
                titles=dict(row.titles),
                kind=row.kind,
                start_year=row.start_year,
                end_year=row.end_year,
                status=row.status,
                lead_agency=row.lead_agency,
                languages=tuple(row.languages),
                notes=row.notes,
            )
            for name, value in draft_columns(draft).items():
                setattr(row, name, value)
            return before

    def delete_draft(self, draft_id: int) -> None:
        """Delete a draft with its items and versions (the database cascades)."""
        with self._scope() as session:
            draft_or_error(session, draft_id)
            backup_before(session, "before-delete")
            session.execute(delete(StrategyDraft).where(StrategyDraft.id == draft_id))

    # --- items --------------------------------------------------------------------------------

    def add_item(
        self,
        draft_id: int,
        parent_id: int | None,
        kind: str,
        item: ItemInput,
        position: int | None = None,
    ) -> int:
        """Add a goal (no parent), objective (under a goal) or measure (under an objective)
        at `position` among its siblings (the end when None)."""
        validate_item(item, kind)
        with self._scope() as session:
            draft_or_error(session, draft_id)
            parent = item_or_error(session, parent_id) if parent_id is not None else None
            check_parent(kind, parent, draft_id)
            count = _sibling_count(session, draft_id, parent_id)
            place = count if position is None else max(0, min(position, count))
            _shift(session, draft_id, parent_id, place, +1)
            row = StrategyItem(
                draft_id=draft_id,
                parent_id=parent_id,
                kind=kind,
                position=place,
                **item_columns(item),
            )
            session.add(row)
            session.flush()
            return row.id

    def item(self, item_id: int) -> ItemInput:
        """An item's editable fields (what the form shows)."""
        with self._scope() as session:
            return input_of(item_or_error(session, item_id))

    def update_item(self, item_id: int, item: ItemInput) -> ItemInput:
        """Replace the item's fields; return the previous ones, for undo."""
        with self._scope() as session:
            row = item_or_error(session, item_id)
            validate_item(item, row.kind)
            before = input_of(row)
            for name, value in item_columns(item).items():
                setattr(row, name, value)
            return before

    def item_seen(self, item_id: int) -> tuple[ItemInput, int]:
        """An item's fields and the version they are: what a checked save starts from."""
        with self._scope() as session:
            row = item_or_error(session, item_id)
            return input_of(row), row.row_version

    def save_item(self, item_id: int, edit: tuple[ItemInput, ItemInput], seen: int) -> int:
        """Save `edit` (the fields as read, as the user left them) over version `seen`; return
        the item's version now. The screens save this way (`update_item` is the unchecked
        write of the CLI and imports): a field someone else saved differently since raises
        `EditConflict`, and nothing is written (`edit_conflicts`)."""
        return self._save_fields(item_id, (item_fields(edit[0]), item_fields(edit[1])), seen)

    def keep_mine(
        self, item_id: int, edit: tuple[ItemInput, ItemInput], conflict: EditConflict
    ) -> int:
        """The user's answer "keep mine" to `conflict`: mine saved anew over their version."""
        base, seen = on_top_of_theirs(conflict, item_fields(edit[0]))
        return self._save_fields(item_id, (base, item_fields(edit[1])), seen)

    def _save_fields(self, item_id: int, edit: tuple[Fields, Fields], seen: int) -> int:
        with self._scope() as session:
            row = locked_row(session, StrategyItem, item_id) or item_or_error(session, item_id)
            fields = merged(row, seen, edit, item_fields(input_of(row)))
            after = item_of_fields(fields)
            validate_item(after, row.kind)
            for name, value in item_columns(after).items():
                setattr(row, name, value)
            session.flush()
            return row.row_version

    def delete_item(self, item_id: int) -> DeletedRows:
        """Delete the item with everything under it; return the rows for `restore`."""
        with self._scope() as session:
            row = item_or_error(session, item_id)
            draft_id, parent_id, position = row.draft_id, row.parent_id, row.position
            kept = snapshot.take(session, draft_id, snapshot.subtree_ids(session, item_id))
            session.execute(delete(StrategyItem).where(StrategyItem.id == item_id))
            _shift(session, draft_id, parent_id, position + 1, -1)
            return kept

    def restore(self, deleted: DeletedRows) -> list[int]:
        """Undo a delete: the same rows (same uuids) in their old place; new ids returned,
        the restored top item first."""
        with self._scope() as session:
            draft_or_error(session, deleted.draft_id)
            return snapshot.put_back(session, deleted)

    def move_item(self, item_id: int, parent_id: int | None, position: int) -> Moved:
        """Move an item (with its subtree) to `position` under `parent_id`, within its parent
        or to another parent of the right kind; return where it was, for undo."""
        with self._scope() as session:
            row = item_or_error(session, item_id)
            parent = item_or_error(session, parent_id) if parent_id is not None else None
            check_parent(row.kind, parent, row.draft_id)
            before = Moved(item_id, row.parent_id, row.position)
            _shift(session, row.draft_id, row.parent_id, row.position + 1, -1)
            row.parent_id, row.position = parent_id, -1  # out of the way while siblings shift
            session.flush()
            count = _sibling_count(session, row.draft_id, parent_id) - 1
            place = max(0, min(position, count))
            _shift(session, row.draft_id, parent_id, place, +1)
            row.position = place
            return before

    def find(self, draft_id: int, text: str) -> list[int]:
        """Ids of the items whose text in any language contains `text` (case-insensitive),
        in reading order."""
        needle = text.casefold().strip()
        view = self.draft(draft_id, "en")
        found = []
        for goal in view.goals:
            entries: list[GoalView | ObjectiveView | MeasureView] = [goal, *goal.objectives]
            for objective in goal.objectives:
                entries.extend(objective.measures)
            for entry in entries:
                if needle and any(needle in t.casefold() for t in entry.texts.values()):
                    found.append(entry.id)
        return found


def _parent_clause(parent_id: int | None) -> object:
    if parent_id is None:
        return StrategyItem.parent_id.is_(None)
    return StrategyItem.parent_id == parent_id


def _sibling_count(session: Session, draft_id: int, parent_id: int | None) -> int:
    return (
        session.scalar(
            select(func.count(StrategyItem.id)).where(
                StrategyItem.draft_id == draft_id,
                _parent_clause(parent_id),  # type: ignore[arg-type]
            )
        )
        or 0
    )


def _shift(session: Session, draft_id: int, parent_id: int | None, start: int, by: int) -> None:
    """Move the siblings from `start` on by one place (to make or close a gap)."""
    session.execute(
        update(StrategyItem)
        .where(
            StrategyItem.draft_id == draft_id,
            _parent_clause(parent_id),  # type: ignore[arg-type]
            StrategyItem.position >= start,
        )
        .values(position=StrategyItem.position + by)
    )


def _framework_skeleton(session: Session, draft_id: int, languages: tuple[str, ...]) -> None:
    by_lang = {lang: library_labels(session, lang) for lang in languages}
    first = by_lang[languages[0]]
    pillars = sorted((lb for lb in first.values() if lb.kind == "pillar"), key=lambda p: p.pillar)
    for n, pillar in enumerate(pillars):
        goal = StrategyItem(
            draft_id=draft_id,
            kind="goal",
            position=n,
            texts={lang: labels[pillar.key].title for lang, labels in by_lang.items()},
        )
        session.add(goal)
        session.flush()
        areas = sorted(
            (lb for lb in first.values() if lb.kind == "area" and lb.pillar == pillar.pillar),
            key=lambda a: tuple(int(p) if p.isdigit() else 0 for p in a.code.split(".")[1:]),
        )
        for k, area in enumerate(areas):
            session.add(
                StrategyItem(
                    draft_id=draft_id,
                    parent_id=goal.id,
                    kind="objective",
                    position=k,
                    texts={lang: labels[area.key].title for lang, labels in by_lang.items()},
                )
            )
