"""`jpoa server audit`: a draft's or a workshop's audit log, printed or written to a file.

Without --out it prints the newest entries (--limit, 50 by default), one a line; with
--out FILE.csv or FILE.xlsx it writes every matching entry. On a laptop's SQLite file it says
that the log is kept only on a shared server and exits 0: there is nothing wrong to report.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from jpoa_desktop.cli.commands import Commands, answer, day, positive
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.server.audit import AuditLine, AuditQuery, Scope

NOT_KEPT = "No audit log here: it is kept only on a shared PostgreSQL server."


def audit(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    scope: Scope = "draft" if args.draft is not None else "workshop"
    owner = args.draft if args.draft is not None else args.workshop
    query = AuditQuery(
        user=args.user or "",
        table=args.table or "",
        field=args.field or "",
        text=args.text or "",
        since=day(args.since) if args.since else None,
        until=day(args.until) if args.until else None,
    )
    kept = services.audit.kept()
    if args.out:
        target = Path(args.out)
        written = services.audit.export(scope, owner, target, query)
        data = {"kept": kept, "file": str(target), "entries": written}
        lines = [f"{written} entries written to {target}", *([] if kept else [NOT_KEPT])]
        return answer(args, out, data, lines)
    page = services.audit.page(scope, owner, query, limit=args.limit)
    data = {"kept": page.kept, "total": page.total, "entries": [_json(e) for e in page.lines]}
    if not page.kept:
        return answer(args, out, data, [NOT_KEPT])
    shown = f"{len(page.lines)} of {page.total} entries, newest first"
    return answer(args, out, data, [*(_text(line) for line in page.lines), shown])


def _json(line: AuditLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "changed_at": line.changed_at.isoformat(),
        "changed_by": line.changed_by,
        "action": line.action,
        "table": line.table,
        "row_id": line.row_id,
        "label": line.label,
        "field": line.field,
        "old": line.old_value,
        "new": line.new_value,
    }


def _text(line: AuditLine) -> str:
    when = line.changed_at.strftime("%Y-%m-%d %H:%M")
    what = f"{line.table} {line.row_id}" + (f" “{line.label}”" if line.label else "")
    if line.action == "update":
        change = f"{line.field}: {line.old_value or '∅'} → {line.new_value or '∅'}"
    elif line.action == "insert":
        change = f"added {line.new_value or '{}'}"
    else:
        change = f"deleted {line.old_value or '{}'}"
    return f"{when}  {line.changed_by:<16} {what}  {change}"


def register(group: Commands) -> None:
    command = group.command("audit", audit, "a draft's or a workshop's audit log")
    owner = command.add_mutually_exclusive_group(required=True)
    owner.add_argument("--draft", type=positive, metavar="ID", help="a strategy draft's log")
    owner.add_argument("--workshop", type=positive, metavar="ID", help="a workshop's log")
    command.add_argument("--out", metavar="FILE", help="write every entry to FILE.csv or .xlsx")
    command.add_argument("--user", help="only this account's changes")
    command.add_argument("--table", help="only this table's rows (strategy_item, attendance …)")
    command.add_argument("--field", help="only changes of this field")
    command.add_argument("--text", help="only entries holding this text")
    command.add_argument("--since", metavar="YYYY-MM-DD", help="from this day")
    command.add_argument("--until", metavar="YYYY-MM-DD", help="up to this day, included")
    command.add_argument(
        "--limit", type=positive, default=50, help="how many entries to print (50)"
    )
