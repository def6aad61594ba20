"""The audit log's triggers on PostgreSQL: every change to a team's data, whoever makes it.

The log is written by the server itself, in the transaction of the change, so that nothing
escapes it: not the app, not the CLI, not someone typing SQL in psql. A rolled-back change
leaves no entry because the entry rolls back with it.

What is logged, and how:
- Update: one entry per field whose value changed, with the old and the new value.
  Insert and delete: one entry (field "") whose new or old value is the whole row as JSON
  (nulls left out). One entry per field
  made a bulk write 2.4 times as slow (the large demo: 2.5 million entries); one per row keeps
  an import of 500 people at 500 entries, and every value is still there. Measured with
  benchmarks/audit_overhead.py: the large demo (559,283 rows) loads in 1.33 times the time
  without triggers (88 s → 117 s, about 52 µs a row).
- `id`, `uuid`, `created_at`, `updated_at`, `row_version`, `updated_by` and the derived
  `sort_key` are bookkeeping that every save touches; they are never entries of their own.
- Bytes (a workshop's logo or signature) are written as "[N bytes]"; a text longer than 2,000
  characters (a version's snapshot of a whole draft) as its first 200 characters and its length.
- `changed_by` is `session_user`: the account that logged in. Inside this SECURITY DEFINER
  function `current_user` is the function's owner, and a SET ROLE would only name the group.
- `draft_id` / `workshop_id` say whose history a row belongs to; a grandchild (an attendance
  mark, an indicator) finds it through its parent. When the parent goes in the same statement
  (ON DELETE CASCADE), its own trigger fires first (the triggers are named `A_jpoa_audit`,
  before PostgreSQL's `RI_ConstraintTrigger_…` in name order) and leaves the scope in a
  transaction-local setting `jpoa_audit.<table>_<id>` for its children to read.
- Erasing a person (erased_at set) also blanks the person's earlier entries ("[erased]"), or
  the log would keep the very names the erasure removed.
- The built-in library (library_item, library_text, content_pack) is not logged: loading it
  writes ~15,000 rows, all of which come from the packs shipped with the app and can be
  loaded again; nobody edits them by hand. Bookkeeping tables (person_word_index,
  exchange_base, exchange_alias, taken_back_mark) are rebuilt from the logged ones.
- Each change also sends `pg_notify('jpoa_changes', {"table", "draft_id", "workshop_id",
  "by"})` for the live refresh; PostgreSQL folds identical notifications of one transaction
  into one, so a bulk write sends a handful, delivered at commit.

The functions are SECURITY DEFINER so that an editor's change is logged although editors may
only read audit_log; every table they touch is named with its schema (`public.`), so a
temporary table of the same name cannot stand in. Nobody but the owner may write the log:
the accounts slice grants SELECT only, and this revision takes every right from PUBLIC.

Revision ID: 0013_audit_triggers
Revises: 0012_server_basis
Create Date: 2026-12-06 18:30:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0013_audit_triggers"
down_revision: str | None = "0012_server_basis"
branch_labels: str | None = None
depends_on: str | None = None

TRIGGER = "A_jpoa_audit"
# Every logged table, with the bytes columns its trigger shortens to "[N bytes]".
AUDITED_TABLES: dict[str, tuple[str, ...]] = {
    "agenda_session": (),
    "agenda_speaker": (),
    "attendance": (),
    "certificate_rule": (),
    "evaluation_form": (),
    "form_item": (),
    "form_sheet": (),
    "issued_certificate": (),
    "organisation": (),
    "person": (),
    "person_merge": (),
    "question": (),
    "registration": (),
    "signing_key": (),
    "strategy_budget": (),
    "strategy_comment": (),
    "strategy_draft": (),
    "strategy_indicator": (),
    "strategy_item": (),
    "strategy_mapping": (),
    "strategy_version": (),
    "workshop": (),
    "workshop_branding": (),
    "workshop_image": ("data",),
    "workshop_tag": (),
}

SCOPE_FUNCTION = """
CREATE FUNCTION public.jpoa_audit_scope(tbl text, r jsonb) RETURNS integer[]
LANGUAGE plpgsql AS $$
DECLARE  -- v_ names: a bare parent_id would clash with strategy_item.parent_id
    scope_draft integer;
    scope_workshop integer;
    v_parent_table text;
    v_parent_id integer;
    v_memo text;
BEGIN
    CASE tbl
        WHEN 'strategy_draft' THEN RETURN ARRAY[(r->>'id')::integer, NULL];
        WHEN 'strategy_item', 'strategy_version' THEN
            RETURN ARRAY[(r->>'draft_id')::integer, NULL];
        WHEN 'workshop' THEN RETURN ARRAY[NULL, (r->>'id')::integer];
        WHEN 'strategy_indicator', 'strategy_budget', 'strategy_comment', 'strategy_mapping' THEN
            v_parent_table := 'strategy_item'; v_parent_id := (r->>'item_id')::integer;
            SELECT p.draft_id INTO scope_draft FROM public.strategy_item p
                WHERE p.id = v_parent_id;
        WHEN 'attendance' THEN
            v_parent_table := 'registration'; v_parent_id := (r->>'registration_id')::integer;
            SELECT p.workshop_id INTO scope_workshop FROM public.registration p
                WHERE p.id = v_parent_id;
        WHEN 'agenda_speaker' THEN
            v_parent_table := 'agenda_session'; v_parent_id := (r->>'session_id')::integer;
            SELECT p.workshop_id INTO scope_workshop FROM public.agenda_session p
                WHERE p.id = v_parent_id;
        WHEN 'form_item', 'form_sheet' THEN
            v_parent_table := 'evaluation_form'; v_parent_id := (r->>'form_id')::integer;
            SELECT p.workshop_id INTO scope_workshop FROM public.evaluation_form p
                WHERE p.id = v_parent_id;
        ELSE
            RETURN ARRAY[NULL, (r->>'workshop_id')::integer];  -- NULL without one
    END CASE;
    IF scope_draft IS NULL AND scope_workshop IS NULL THEN
        -- The parent went in this same statement: its trigger left the scope behind.
        v_memo := current_setting('jpoa_audit.' || v_parent_table || '_' || v_parent_id, true);
        IF v_memo LIKE 'd%' THEN scope_draft := substr(v_memo, 2)::integer;
        ELSIF v_memo LIKE 'w%' THEN scope_workshop := substr(v_memo, 2)::integer;
        END IF;
    END IF;
    RETURN ARRAY[scope_draft, scope_workshop];
END
$$
"""

# PL/pgSQL, not LANGUAGE sql: PostgreSQL plans a SQL function's body again on every call
# (PostgreSQL 15: 130 µs a row), a PL/pgSQL function once per session.
TEXT_FUNCTION = """
CREATE FUNCTION public.jpoa_audit_text(v jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    t text;
BEGIN
    IF v IS NULL OR v = 'null'::jsonb THEN RETURN NULL; END IF;
    t := v #>> '{}';
    IF length(t) > 2000 THEN
        RETURN left(t, 200) || format('… [%s characters]', length(t));
    END IF;
    RETURN t;
END
$$
"""

RECORD_FUNCTION = """
CREATE FUNCTION public.jpoa_audit_record(r jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    kept jsonb := jsonb_strip_nulls(r - ARRAY['id', 'uuid', 'created_at', 'updated_at',
                                              'row_version', 'updated_by', 'sort_key']);
BEGIN
    IF length(kept::text) > 2000 THEN  -- rare: shorten the long values one by one
        SELECT jsonb_object_agg(e.key, CASE WHEN length(e.value::text) > 2000
                   THEN to_jsonb(public.jpoa_audit_text(e.value)) ELSE e.value END)
          INTO kept FROM jsonb_each(kept) e;
    END IF;
    RETURN kept::text;
END
$$
"""

ROW_FUNCTION = """
CREATE FUNCTION public.jpoa_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    noise CONSTANT text[] := ARRAY[
        'id', 'uuid', 'created_at', 'updated_at', 'row_version', 'updated_by', 'sort_key'];
    old_row jsonb;
    new_row jsonb;
    row_data jsonb;
    bytes_column text;
    scope_ids integer[];
    scope_draft integer;
    scope_workshop integer;
    erasing boolean := false;
    written integer;
BEGIN
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    FOR i IN 0 .. TG_NARGS - 1 LOOP
        bytes_column := TG_ARGV[i];
        IF jsonb_typeof(old_row->bytes_column) = 'string' THEN
            old_row := jsonb_set(old_row, ARRAY[bytes_column], to_jsonb(
                format('[%s bytes]', (length(old_row->>bytes_column) - 2) / 2)));
        END IF;
        IF jsonb_typeof(new_row->bytes_column) = 'string' THEN
            new_row := jsonb_set(new_row, ARRAY[bytes_column], to_jsonb(
                format('[%s bytes]', (length(new_row->>bytes_column) - 2) / 2)));
        END IF;
    END LOOP;
    row_data := coalesce(new_row, old_row);
    -- An assignment, not SELECT … INTO: PL/pgSQL evaluates it without running a query.
    scope_ids := public.jpoa_audit_scope(TG_TABLE_NAME, row_data);
    scope_draft := scope_ids[1];
    scope_workshop := scope_ids[2];

    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.audit_log (changed_at, changed_by, table_name, row_id, row_uuid,
                                      action, field, old_value, new_value, draft_id, workshop_id)
        SELECT now(), session_user, TG_TABLE_NAME, (row_data->>'id')::integer,
               coalesce(row_data->>'uuid', ''), 'insert', '', NULL,
               public.jpoa_audit_record(new_row), scope_draft, scope_workshop;
        written := 1;
    ELSIF TG_OP = 'UPDATE' THEN
        erasing := TG_TABLE_NAME = 'person' AND old_row->'erased_at' = 'null'::jsonb
                   AND new_row->'erased_at' <> 'null'::jsonb;
        IF erasing THEN
            UPDATE public.audit_log
               SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE '[erased]' END,
                   new_value = CASE WHEN new_value IS NULL THEN NULL ELSE '[erased]' END
             WHERE table_name = 'person' AND row_id = (row_data->>'id')::integer;
        END IF;
        INSERT INTO public.audit_log (changed_at, changed_by, table_name, row_id, row_uuid,
                                      action, field, old_value, new_value, draft_id, workshop_id)
        SELECT now(), session_user, TG_TABLE_NAME, (row_data->>'id')::integer,
               coalesce(row_data->>'uuid', ''), 'update', e.key,
               CASE WHEN erasing AND old_row->e.key <> 'null'::jsonb THEN '[erased]'
                    ELSE public.jpoa_audit_text(old_row->e.key) END,
               CASE WHEN erasing AND e.key <> 'erased_at' THEN '[erased]'
                    ELSE public.jpoa_audit_text(e.value) END,
               scope_draft, scope_workshop
        FROM jsonb_each(new_row) e
        WHERE e.key <> ALL (noise) AND e.value IS DISTINCT FROM old_row->e.key;
        GET DIAGNOSTICS written = ROW_COUNT;
    ELSE
        INSERT INTO public.audit_log (changed_at, changed_by, table_name, row_id, row_uuid,
                                      action, field, old_value, new_value, draft_id, workshop_id)
        SELECT now(), session_user, TG_TABLE_NAME, (row_data->>'id')::integer,
               coalesce(row_data->>'uuid', ''), 'delete', '',
               public.jpoa_audit_record(old_row),
               NULL, scope_draft, scope_workshop;
        written := 1;
        IF TG_TABLE_NAME IN ('registration', 'agenda_session', 'evaluation_form',
                             'strategy_item') THEN
            PERFORM set_config('jpoa_audit.' || TG_TABLE_NAME || '_' || (row_data->>'id'),
                               coalesce('d' || scope_draft, 'w' || scope_workshop,
                                        ''), true);
        END IF;
    END IF;
    IF written > 0 THEN
        PERFORM pg_notify('jpoa_changes', json_build_object(
            'table', TG_TABLE_NAME, 'draft_id', scope_draft,
            'workshop_id', scope_workshop, 'by', session_user)::text);
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SCOPE_FUNCTION)
    op.execute(TEXT_FUNCTION)
    op.execute(RECORD_FUNCTION)
    op.execute(ROW_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION public.jpoa_audit_row() FROM PUBLIC")
    op.execute("REVOKE ALL ON public.audit_log FROM PUBLIC")
    for table, bytes_columns in AUDITED_TABLES.items():
        arguments = ", ".join(f"'{column}'" for column in bytes_columns)
        op.execute(
            f'CREATE TRIGGER "{TRIGGER}" AFTER INSERT OR UPDATE OR DELETE ON public.{table} '
            f"FOR EACH ROW EXECUTE FUNCTION public.jpoa_audit_row({arguments})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED_TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS "{TRIGGER}" ON public.{table}')
    op.execute("DROP FUNCTION IF EXISTS public.jpoa_audit_row()")
    op.execute("DROP FUNCTION IF EXISTS public.jpoa_audit_record(jsonb)")
    op.execute("DROP FUNCTION IF EXISTS public.jpoa_audit_text(jsonb)")
    op.execute("DROP FUNCTION IF EXISTS public.jpoa_audit_scope(text, jsonb)")
