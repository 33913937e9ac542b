"""The losing values the server kept (`relationdesk sync --conflicts`), and restoring one:
it is written on the laptop as an ordinary edit, so the next sync pushes it as the
latest value everywhere."""

from dataclasses import dataclass
from datetime import datetime

from relationdesk.db.database import Database
from relationdesk.team import credentials, replica
from relationdesk.team.errors import TeamError
from relationdesk.team.sync import check_server, connect
from relationdesk.team.tables import SYNCED_TABLES, key_sql


@dataclass(frozen=True)
class KeptValue:
    id: int
    table: str
    row_id: str
    column: str
    value: str | None
    kept_member: str | None  # who wrote the value that lost
    winning_member: str | None
    kept_at: datetime
    restored: bool


_SELECT = (
    "SELECT c.id, c.table_name, c.row_id, c.column_name, c.kept_value, k.display_name, "
    "w.display_name, c.kept_at, c.restored_at IS NOT NULL FROM sync_conflict c "
    "LEFT JOIN member_directory k ON k.id = c.kept_member "
    "LEFT JOIN member_directory w ON w.id = c.winning_member "
)


def _server(db: Database) -> str:
    state = replica.read_state(db.reader)
    if not state.enabled or not state.server:
        raise TeamError("this laptop has not joined a team: "
                        "relationdesk sync --join postgresql://USER@HOST/DB")
    return state.server


def list_kept(db: Database) -> list[KeptValue]:
    server = _server(db)
    with connect(server, credentials.load(server)) as conn, conn.cursor() as cur:
        check_server(cur)
        cur.execute(_SELECT + "ORDER BY c.kept_at, c.id")
        return [KeptValue(*row) for row in cur.fetchall()]


def restore(db: Database, conflict_id: int) -> KeptValue:
    """Write the kept value back on this laptop (pushed at the next sync)."""
    server = _server(db)
    with connect(server, credentials.load(server)) as conn, conn.cursor() as cur:
        check_server(cur)
        cur.execute(_SELECT + "WHERE c.id = %s", (conflict_id,))
        row = cur.fetchone()
        if row is None:
            raise TeamError(f"no kept value {conflict_id} that you may read; nothing changed")
        kept = KeptValue(*row)
        if (kept.table not in SYNCED_TABLES
                or kept.column not in replica.columns(db.reader, kept.table)):
            raise TeamError(f"kept value {conflict_id} names no column of this RelationDesk")
        changed = db.reader.execute(
            f"UPDATE {kept.table} SET {kept.column} = ? WHERE {key_sql(kept.table)} = ?",
            [kept.value, kept.row_id]).rowcount
        if not changed:
            raise TeamError(f"the row of kept value {conflict_id} is not on this laptop "
                            "(deleted, or sync first); nothing changed")
        cur.execute("UPDATE sync_conflict SET restored_at = now() WHERE id = %s", (conflict_id,))
        conn.commit()
    return kept
