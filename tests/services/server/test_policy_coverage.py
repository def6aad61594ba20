"""Every table under a draft, a workshop, a person or an organisation is kept to its country.

A migration that adds a child table (a new kind of row under a workshop, say) must add it to
`policies.SCOPES`, or an editor of one country could write it under another country's parent.
"""

from __future__ import annotations

import jpoa_desktop.db.schema  # noqa: F401 - every model module, so the metadata is complete
from jpoa_desktop.db.models import Base
from jpoa_desktop.services.server.policies import SCOPES


def test_every_table_that_points_at_a_scoped_table_is_scoped_itself() -> None:
    scoped = {scope.table for scope in SCOPES}
    unscoped = sorted(
        table.name
        for table in Base.metadata.sorted_tables
        if table.name not in scoped
        and any(fk.column.table.name in scoped for fk in table.foreign_keys)
    )
    assert unscoped == []


def test_each_scope_names_columns_its_table_has() -> None:
    tables = Base.metadata.tables
    for scope in SCOPES:
        for _kind, column in scope.parents:
            assert column in tables[scope.table].c, (scope.table, column)
