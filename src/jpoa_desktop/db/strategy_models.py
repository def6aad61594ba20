"""National strategies and action plans: drafts, their goal → objective → measure tree, and
what hangs on a measure (indicators, budget lines, pillar/area mapping, comments), plus named
snapshots of a whole draft.

Titles and texts are JSON maps language → text, as workshops store their titles, so a bilingual
editor and a new language need no schema change. Goals, objectives and measures share one table
(`strategy_item`, with `kind`, `parent_id` and `position`) so moving an item, or a subtree, is
one UPDATE and the whole tree of a draft is read with one indexed query.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from jpoa_desktop.db.models import Base, Tracked


class StrategyDraft(Tracked, Base):
    __tablename__ = "strategy_draft"

    country: Mapped[str] = mapped_column(String(2), default="", index=True)
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    kind: Mapped[str] = mapped_column(String(16), default="action_plan")
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    lead_agency: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class StrategyItem(Tracked, Base):
    """A goal (no parent), an objective (under a goal) or a measure (under an objective)."""

    __tablename__ = "strategy_item"
    __table_args__ = (CheckConstraint("kind IN ('goal', 'objective', 'measure')", name="kind"),)

    draft_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_draft.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("strategy_item.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    position: Mapped[int] = mapped_column(Integer, default=0)
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    responsible: Mapped[list[str]] = mapped_column(JSON, default=list)
    partners: Mapped[list[str]] = mapped_column(JSON, default=list)  # library keys or names
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # The deadline in the plan's own words ("IV квартал 2026 г.", "ежегодно"); the dates above
    # are derived from it where it can be read, and exports print these words back.
    deadline_text: Mapped[str] = mapped_column(String(200), default="", server_default="")
    priority: Mapped[str] = mapped_column(String(16), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    # The item this one was copied from (another draft's), so two drafts can be compared
    # measure by measure even after their texts were edited.
    origin_uuid: Mapped[str | None] = mapped_column(String(36))


class StrategyIndicator(Tracked, Base):
    __tablename__ = "strategy_indicator"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    baseline: Mapped[str] = mapped_column(String(200), default="")
    target: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")


class StrategyBudget(Tracked, Base):
    """One budget line; `amount` is exact (Decimal), never a float."""

    __tablename__ = "strategy_budget"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    currency: Mapped[str] = mapped_column(String(3))
    source: Mapped[str] = mapped_column(String(300), default="")


class StrategyMapping(Tracked, Base):
    """A measure's link to a library pillar (`pillar-N`) or framework area (`area-…`)."""

    __tablename__ = "strategy_mapping"
    __table_args__ = (UniqueConstraint("item_id", "item_key", name="uq_strategy_mapping_item"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_item.id", ondelete="CASCADE"), index=True
    )
    item_key: Mapped[str] = mapped_column(String(120), index=True)


class StrategyComment(Tracked, Base):
    __tablename__ = "strategy_comment"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_item.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class StrategyVersion(Tracked, Base):
    """A named snapshot: the whole draft as JSON text, items keyed by uuid."""

    __tablename__ = "strategy_version"

    draft_id: Mapped[int] = mapped_column(
        ForeignKey("strategy_draft.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    snapshot: Mapped[str] = mapped_column(Text)
