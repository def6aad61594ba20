"""Which tables travel in a package, and how each one's rows become records that name each other
by uuid rather than by this laptop's integer ids.

One `TableSpec` per exchanged table, in the order records must be inserted (a record after the
ones it refers to). Every column travels except the local facts (the row's `id`, `created_at`,
and the server's `row_version` and `updated_by`: one database's count of saves and who saved
there last) and the columns this laptop derives itself (a person's `sort_key`); `updated_at`
travels, since it decides which side is newer. A reference column `<field>_id` travels as
`"<field>": uuid`.

Never exchanged: signing keys, the person-merge history, a server's audit log, the word indexes,
the library (each laptop has the built-in one) and the exchange tables themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Table

from jpoa_desktop.db.agenda_models import AgendaSession, AgendaSpeaker
from jpoa_desktop.db.branding_models import WorkshopBranding, WorkshopImage
from jpoa_desktop.db.certificate_models import CertificateRule, IssuedCertificate
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, FormSheet, Question
from jpoa_desktop.db.models import Tracked
from jpoa_desktop.db.strategy_models import (
    StrategyBudget,
    StrategyComment,
    StrategyDraft,
    StrategyIndicator,
    StrategyItem,
    StrategyMapping,
    StrategyVersion,
)
from jpoa_desktop.db.workshop_models import (
    Attendance,
    Organisation,
    Person,
    Registration,
    Workshop,
    WorkshopTag,
)
from jpoa_desktop.model.packages import JsonObject, PackageKind

LOCAL_COLUMNS = frozenset({"id", "created_at", "row_version", "updated_by"})


@dataclass(frozen=True)
class Reference:
    """A column `<field>_id` pointing at a row of `table`, carried as `"<field>": uuid`."""

    field: str
    table: str

    @property
    def column(self) -> str:
        return f"{self.field}_id"


@dataclass(frozen=True)
class TableSpec:
    """One exchanged table: its ORM model, references, natural key and derived columns.

    `natural_key` (package field names) is a unique constraint besides the uuid: a record
    from another laptop with another uuid but the same key is the same record (two check-in
    laptops both marked Aigerim present on Tuesday), never a second one.
    """

    name: str
    model: type[Tracked]
    references: tuple[Reference, ...] = ()
    natural_key: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()
    # Whether its digest as last exchanged is remembered: not for attendance marks, which are
    # merged by their own rule (every scan of both) and never a conflict, and are most rows.
    remembered: bool = True
    label_kind: Literal["titles", "texts", "person", "name", ""] = ""

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined,no-any-return]

    @property
    def travelling_columns(self) -> tuple[str, ...]:
        """The plain (non-reference) columns a record carries, `uuid` first."""
        skipped = LOCAL_COLUMNS | {r.column for r in self.references} | set(self.derived)
        columns = [c.key for c in self.table.columns if c.key not in skipped]
        return tuple(sorted(columns, key=lambda name: name != "uuid"))

    def label(self, record: JsonObject) -> str:
        """What a person calls the record in a list of conflicts."""
        if self.label_kind in ("titles", "texts"):
            texts = record.get(self.label_kind)
            if isinstance(texts, dict) and texts:
                text = texts.get("en") or next(iter(texts.values()))
                return " ".join(str(text).split())[:120]
        if self.label_kind == "person":
            parts = (record.get("family_name"), record.get("given_name"))
            return " ".join(str(p) for p in parts if p)
        if self.label_kind == "name" and record.get("name"):
            return str(record["name"])[:120]
        return f"{self.name} {str(record.get('uuid', ''))[:8]}"


def _ref(field: str, table: str | None = None) -> Reference:
    return Reference(field, table or field)


WORKSHOP_TABLES: tuple[TableSpec, ...] = (
    TableSpec("organisation", Organisation, natural_key=("name", "country"), label_kind="name"),
    TableSpec(
        "person",
        Person,
        (_ref("organisation"),),
        derived=("sort_key",),
        label_kind="person",
    ),
    TableSpec("workshop", Workshop, label_kind="titles"),
    TableSpec("workshop_tag", WorkshopTag, (_ref("workshop"),), ("workshop", "item_key")),
    TableSpec(
        "registration",
        Registration,
        (_ref("workshop"), _ref("person")),
        ("workshop", "person"),
    ),
    TableSpec(
        "attendance",
        Attendance,
        (_ref("registration"),),
        ("registration", "day", "session_key"),
        remembered=False,
    ),
    TableSpec("agenda_session", AgendaSession, (_ref("workshop"),), label_kind="titles"),
    TableSpec(
        "agenda_speaker",
        AgendaSpeaker,
        (_ref("session", "agenda_session"), _ref("person")),
        ("session", "person"),
    ),
    TableSpec("workshop_branding", WorkshopBranding, (_ref("workshop"),), ("workshop",)),
    TableSpec("workshop_image", WorkshopImage, (_ref("workshop"),)),
    # Tests and evaluations: the bank's questions the workshops' forms ask travel with them
    # (the starter bank's have the same uuid on every laptop), and each person's sheet.
    TableSpec("question", Question, label_kind="texts"),
    TableSpec("evaluation_form", EvaluationForm, (_ref("workshop"),), ("workshop", "kind")),
    TableSpec(
        "form_item",
        FormItem,
        (_ref("form", "evaluation_form"), _ref("question")),
        ("form", "number"),
    ),
    TableSpec(
        "form_sheet",
        FormSheet,
        (_ref("form", "evaluation_form"), _ref("registration")),
        ("form", "registration"),
    ),
    TableSpec("certificate_rule", CertificateRule, (_ref("workshop"),), ("workshop",)),
    TableSpec(
        "issued_certificate",
        IssuedCertificate,
        (_ref("registration"), _ref("workshop")),
        ("number",),
    ),
)

STRATEGY_TABLES: tuple[TableSpec, ...] = (
    TableSpec("strategy_draft", StrategyDraft, label_kind="titles"),
    TableSpec(
        "strategy_item",
        StrategyItem,
        (_ref("draft", "strategy_draft"), _ref("parent", "strategy_item")),
        label_kind="texts",
    ),
    TableSpec("strategy_indicator", StrategyIndicator, (_ref("item", "strategy_item"),)),
    TableSpec("strategy_budget", StrategyBudget, (_ref("item", "strategy_item"),)),
    TableSpec(
        "strategy_mapping",
        StrategyMapping,
        (_ref("item", "strategy_item"),),
        ("item", "item_key"),
    ),
    TableSpec("strategy_comment", StrategyComment, (_ref("item", "strategy_item"),)),
    TableSpec(
        "strategy_version", StrategyVersion, (_ref("draft", "strategy_draft"),), label_kind="name"
    ),
)

TABLES_OF: dict[PackageKind, tuple[TableSpec, ...]] = {
    "workshops": WORKSHOP_TABLES,
    "strategy": STRATEGY_TABLES,
}
