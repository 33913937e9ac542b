"""The server's sync objects, made by `team init` (their policies are in policy.py).

- sync_change: one row per written row, in the writing transaction (a trigger on every
  synced table, so a manager's psql write is logged like a push). It holds ids only,
  never a value: a pull reads the rows themselves, through the member's row-level
  security. `xid` is the writing transaction's id: a pull serves only changes below the
  oldest transaction still running (pg_snapshot_xmin), so one that commits late is never
  skipped (sync_pull.py).
- sync_clock: the hybrid logical clock of each row's each column, the replica and member
  that set it and the transaction that did (to tell a concurrent edit from a seen one).
- sync_deleted: the keys of deleted rows, so a late edit or insert cannot bring one back.
- sync_batch: every push batch applied, by id: a batch sent again is a no-op.
- sync_replica: each laptop's last sync and what it had still to push (`team status`).
- sync_conflict: the losing value of each conflict, kept to be listed and restored;
  a deleted (erased) row takes its kept values with it, as does an erased person's name.
"""

from psycopg import Cursor, sql

from relationdesk.team.tables import SYNCED_TABLES, customer_column

TABLES = """
CREATE TABLE IF NOT EXISTS sync_change (
    seq bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    table_name text NOT NULL,
    row_id text NOT NULL,
    customer_id text,
    op text NOT NULL,
    member_id text DEFAULT team_member_id(),
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS ix_sync_change_xid ON sync_change (xid);
CREATE TABLE IF NOT EXISTS sync_clock (
    table_name text NOT NULL,
    row_id text NOT NULL,
    column_name text NOT NULL,
    hlc text NOT NULL,
    replica_id text NOT NULL,
    member_id text DEFAULT team_member_id(),
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    PRIMARY KEY (table_name, row_id, column_name)
);
CREATE INDEX IF NOT EXISTS ix_sync_clock_hlc ON sync_clock (hlc);
CREATE TABLE IF NOT EXISTS sync_deleted (
    table_name text NOT NULL,
    row_id text NOT NULL,
    hlc text NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
CREATE TABLE IF NOT EXISTS sync_batch (
    id text PRIMARY KEY,
    replica_id text NOT NULL,
    member_id text NOT NULL DEFAULT team_member_id(),
    changes integer NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS sync_replica (
    replica_id text PRIMARY KEY,
    member_id text NOT NULL DEFAULT team_member_id(),
    last_sync_at timestamptz,
    pending integer NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sync_conflict (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    row_id text NOT NULL,
    customer_id text,
    column_name text NOT NULL,
    kept_value text,
    kept_hlc text NOT NULL,
    kept_member text,
    winning_hlc text NOT NULL,
    winning_member text,
    kept_at timestamptz NOT NULL DEFAULT now(),
    restored_at timestamptz
);
CREATE INDEX IF NOT EXISTS ix_sync_conflict_row ON sync_conflict (table_name, row_id);
"""
# Who is who, for the kept values' "who changed what" (colleagues' names are no secret:
# customer_directory shows them as owners).
VIEW = """
CREATE OR REPLACE VIEW member_directory WITH (security_barrier) AS
    SELECT id, display_name, active FROM team_member;
"""

# SECURITY INVOKER like every function here: it writes as the member who wrote the row,
# through the member's own policies on the sync tables.
LOG_FUNCTION = """
CREATE OR REPLACE FUNCTION sync_log_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    r jsonb;
    k text;
    c text;
BEGIN
    IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'meeting_attendee' THEN
        k := (r->>'meeting_id') || '|' || (r->>'contact_id');
        c := (SELECT customer_id FROM meeting WHERE id = r->>'meeting_id');
    ELSE
        k := r->>'id';
        c := r->>TG_ARGV[0];
    END IF;
    INSERT INTO sync_change (table_name, row_id, customer_id, op)
        VALUES (TG_TABLE_NAME, k, c, lower(TG_OP));
    IF TG_OP = 'DELETE' THEN
        DELETE FROM sync_conflict WHERE table_name = TG_TABLE_NAME AND row_id = k;
        IF TG_TABLE_NAME = 'contact' AND length(r->>'full_name') > 2 THEN
            DELETE FROM sync_conflict WHERE strpos(lower(kept_value),
                                                    lower(r->>'full_name')) > 0;
        END IF;
    END IF;
    RETURN NULL;
END $$;
"""


def install(cur: Cursor) -> None:
    """The sync tables and a change-logging trigger on every synced table (idempotent)."""
    cur.execute(TABLES)
    cur.execute(VIEW)
    cur.execute(LOG_FUNCTION)
    for table in SYNCED_TABLES:
        name = sql.Identifier(table)
        trigger = sql.Identifier(f"sync_{table}_log")
        cur.execute(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(trigger, name))
        cur.execute(sql.SQL(
            "CREATE TRIGGER {} AFTER INSERT OR UPDATE OR DELETE ON {} "
            "FOR EACH ROW EXECUTE FUNCTION sync_log_change({})").format(
            trigger, name, sql.Literal(customer_column(table) or "")))


