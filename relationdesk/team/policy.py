"""Who may read and write what on the team server: every role, grant, view and
row-level-security policy, in one place (docs/team.md, "The policy as built").

Policies are keyed on `current_user` through team_member, never on a setting a client
could change (`SET app.user = ...`). Every table has row-level security enabled AND
forced, so even the owner role goes through a policy (its own `owner_all`).

Run as the team's owner role (server.py does `SET ROLE`), inside init's transaction:
everything here is idempotent (IF NOT EXISTS, OR REPLACE, DROP ... IF EXISTS).
"""

from psycopg import Cursor, sql

from relationdesk.team.errors import TeamError

# Bumped whenever the objects below change; a server with a higher number was set up by
# a newer RelationDesk and is refused (server.py).
TEAM_SCHEMA = 2  # 2: the sync objects (sync_schema.py)

# Tables that reach a customer through something other than a `customer_id` column:
# the SQL condition (on the row's own columns) that makes one visible to a member.
# Any other table without customer_id must be listed in SPECIAL below, or init refuses:
# a new table never goes unprotected by default.
REACHED_OTHERWISE = {
    "meeting_attendee": "meeting_id IN (SELECT id FROM meeting)",
    "referral": "sponsor_customer_id IN (SELECT id FROM customer)",
}
# Tables with their own rules (policies written out in _special_policies).
SPECIAL = ("customer", "disclosure", "team", "team_member", "alembic_version", "tombstone",
           "sync_change", "sync_clock", "sync_deleted", "sync_batch", "sync_replica",
           "sync_conflict")
# Tables that belong on the laptop only: the unsaved "Log meeting" form is nobody's
# business but its writer's, so it never syncs, and on the server no member may touch it.
# The dashboard's figures are derived by each laptop from its own rows (migration 0008).
LAPTOP_ONLY = ("meeting_draft", "dashboard_money", "dashboard_stale", "dashboard_window")

TEAM_TABLES = """
CREATE TABLE IF NOT EXISTS team (
    id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name text NOT NULL,
    owner_role text NOT NULL,
    members_role text NOT NULL,
    team_schema integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS team_member (
    id text PRIMARY KEY,
    role_name text NOT NULL UNIQUE,
    display_name text NOT NULL,
    manager boolean NOT NULL DEFAULT false,
    active boolean NOT NULL DEFAULT true,
    added_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz
);
"""

# SECURITY INVOKER on purpose: inside them the caller's own row-level security applies,
# so team_visible_customers() lists exactly the customers the caller may read (the
# sensitive_disclosure view needs that: the view itself reads as its owner).
FUNCTIONS = """
CREATE OR REPLACE FUNCTION team_member_id() RETURNS text
    LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$ SELECT id FROM team_member WHERE role_name = current_user::text AND active $$;
CREATE OR REPLACE FUNCTION team_is_manager() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$ SELECT coalesce((SELECT manager FROM team_member
                           WHERE role_name = current_user::text AND active), false) $$;
CREATE OR REPLACE FUNCTION team_visible_customers() RETURNS SETOF text
    LANGUAGE sql STABLE SET search_path = public, pg_temp
    AS $$ SELECT id FROM customer $$;
"""

SERVER_COLUMNS = """
ALTER TABLE customer ADD COLUMN IF NOT EXISTS owner_id text
    REFERENCES team_member(id) DEFAULT team_member_id();
CREATE INDEX IF NOT EXISTS ix_customer_owner_id ON customer (owner_id);
ALTER TABLE disclosure ADD COLUMN IF NOT EXISTS recorded_by text
    REFERENCES team_member(id) DEFAULT team_member_id();
"""

# Views owned by the owner role read the tables through its `owner_all` policy; the
# security_barrier keeps a caller's own WHERE functions from seeing rows the view filters.
VIEWS = """
CREATE OR REPLACE VIEW customer_directory WITH (security_barrier) AS
    SELECT c.id, c.name, c.city, c.owner_id, m.display_name AS owner_name
    FROM customer c LEFT JOIN team_member m ON m.id = c.owner_id;
CREATE OR REPLACE VIEW sensitive_disclosure WITH (security_barrier) AS
    SELECT d.id, d.customer_id, d.meeting_id, d.domain, d.depth, d.disclosed_at,
           d.recorded_by
    FROM disclosure d
    WHERE d.sensitive AND d.customer_id IN (SELECT team_visible_customers());
"""
VIEW_NAMES = ("customer_directory", "sensitive_disclosure", "member_directory")

# Written for the planner: `(SELECT f())` is computed once per statement (an InitPlan),
# not once per row; `x IN (SELECT id FROM customer)` hashes the customers the caller may
# see (the subquery goes through the caller's own policy on customer) once per statement.
_ME = "(SELECT team_member_id())"
_VISIBLE_CUSTOMER = "customer_id IN (SELECT id FROM customer)"
_OWN_CUSTOMER = f"(owner_id = {_ME} OR (SELECT team_is_manager()))"
_MAY_READ_DISCLOSURE = f"({_VISIBLE_CUSTOMER} AND (NOT sensitive OR recorded_by = {_ME}))"


def table_names(cur: Cursor) -> list[str]:
    cur.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    return [row[0] for row in cur.fetchall()]


def _has_customer_id(cur: Cursor, table: str) -> bool:
    cur.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = %s AND column_name = 'customer_id'",
        (table,),
    )
    return cur.fetchone() is not None


def member_rules(cur: Cursor, table: str) -> dict[str, tuple[str | None, str | None]] | None:
    """The member policies of `table`: command -> (USING, WITH CHECK); None if unknown."""
    if table == "customer":
        return {"ALL": (_OWN_CUSTOMER, _OWN_CUSTOMER)}
    if table == "disclosure":
        return {
            "SELECT": (_MAY_READ_DISCLOSURE, None),
            "DELETE": (_MAY_READ_DISCLOSURE, None),
            "UPDATE": (_MAY_READ_DISCLOSURE, _MAY_READ_DISCLOSURE),
            "INSERT": (None, f"{_VISIBLE_CUSTOMER} AND recorded_by = {_ME}"),
        }
    if table == "team_member":
        return {"SELECT": ("role_name = current_user::text", None)}
    if table in ("team", "alembic_version"):
        return {"SELECT": ("true", None)}
    if table in LAPTOP_ONLY:
        return {}  # no member policy: forced row-level security refuses every row
    if table == "tombstone":  # ids of deleted rows only; the sync step narrows this
        return {"SELECT": (f"{_ME} IS NOT NULL", None),
                "INSERT": (None, f"{_ME} IS NOT NULL")}
    if table.startswith("sync_"):
        return _sync_rules(table)
    if table in REACHED_OTHERWISE:
        rule = REACHED_OTHERWISE[table]
        return {"ALL": (rule, rule)}
    if _has_customer_id(cur, table):
        return {"ALL": (_VISIBLE_CUSTOMER, _VISIBLE_CUSTOMER)}
    return None


# The sync tables (sync_schema.py). The change log, the clocks and the deleted keys hold
# ids and clocks only, no content: every member reads them (a colleague's customer ids
# are in customer_directory anyway) and writes them through the triggers and the push.
# A kept losing value is content: readable as its row is.
_ANY_MEMBER = f"{_ME} IS NOT NULL"
_MINE = f"member_id = {_ME}"
_MAY_READ_CONFLICT = (f"({_VISIBLE_CUSTOMER} AND (table_name <> 'disclosure' "
                      "OR row_id IN (SELECT id FROM disclosure)))")
SYNC_PRIVILEGES = {
    "sync_change": "SELECT, INSERT",
    "sync_clock": "SELECT, INSERT, UPDATE, DELETE",
    "sync_deleted": "SELECT, INSERT, UPDATE",
    "sync_batch": "SELECT, INSERT",
    "sync_replica": "SELECT, INSERT, UPDATE",
    "sync_conflict": "SELECT, INSERT, UPDATE, DELETE",
}
SYNC_SEQUENCES = ("sync_change_seq_seq", "sync_conflict_id_seq")


def _sync_rules(table: str) -> dict[str, tuple[str | None, str | None]] | None:
    if table in ("sync_change", "sync_clock", "sync_deleted"):
        return {"ALL": (_ANY_MEMBER, _ANY_MEMBER)}
    if table in ("sync_batch", "sync_replica"):
        return {"ALL": (_MINE, _MINE)}
    if table == "sync_conflict":
        # Deleting goes with the row (an erasure by whoever may delete it: sync_schema.py).
        return {"SELECT": (_MAY_READ_CONFLICT, None),
                "UPDATE": (_MAY_READ_CONFLICT, _MAY_READ_CONFLICT),
                "INSERT": (None, _ANY_MEMBER),
                "DELETE": (_ANY_MEMBER, None)}
    return None


def apply_policies(cur: Cursor, owner: str, members: str) -> None:
    """Row-level security on every table, grants to the members' group role."""
    unknown = [t for t in table_names(cur) if member_rules(cur, t) is None]
    if unknown:
        raise TeamError(f"no row-level-security rule for the table(s) {', '.join(unknown)}: "
                        "policy.py must say how they reach a customer; nothing was changed")
    owner_id, members_id = sql.Identifier(owner), sql.Identifier(members)
    for table in table_names(cur):
        name = sql.Identifier(table)
        cur.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
        cur.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(name))
        cur.execute("SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                    "AND tablename = %s", (table,))
        for (policy,) in cur.fetchall():
            cur.execute(sql.SQL("DROP POLICY {} ON {}").format(sql.Identifier(policy), name))
        cur.execute(sql.SQL(
            "CREATE POLICY owner_all ON {} TO {} USING (true) WITH CHECK (true)"
        ).format(name, owner_id))
        rules = member_rules(cur, table) or {}
        for command, (using, check) in rules.items():
            statement = sql.SQL("CREATE POLICY {} ON {} FOR {} TO {}").format(
                sql.Identifier(f"member_{command.lower()}"), name, sql.SQL(command), members_id
            )
            if using:
                statement += sql.SQL(" USING ({})").format(sql.SQL(using))
            if check:
                statement += sql.SQL(" WITH CHECK ({})").format(sql.SQL(check))
            cur.execute(statement)
        cur.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(name))
        read_only = table in ("team", "team_member", "alembic_version")
        privileges = "SELECT" if read_only else "SELECT, INSERT, UPDATE, DELETE"
        if table == "tombstone":
            privileges = "SELECT, INSERT"
        privileges = SYNC_PRIVILEGES.get(table, privileges)
        if table in LAPTOP_ONLY:
            cur.execute(sql.SQL("REVOKE ALL ON {} FROM {}").format(name, members_id))
            continue
        cur.execute(sql.SQL("GRANT {} ON {} TO {}").format(
            sql.SQL(privileges), name, members_id))
    for sequence in SYNC_SEQUENCES:
        cur.execute(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(
            sql.Identifier(sequence), members_id))
    for view in VIEW_NAMES:
        cur.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(sql.Identifier(view)))
        cur.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(view), members_id))
