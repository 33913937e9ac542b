"""Which tables and columns the sync carries, in one place for the laptop and the server.

Parents come before children (a push inserts in this order and deletes in the reverse;
a pull applies in this order). A row's key is one text: its id, or for the attendee
table the meeting and contact ids joined by "|" (as migration 0007's triggers write it).
"""

SYNCED_TABLES: tuple[str, ...] = (
    "customer", "contact", "meeting", "meeting_attendee", "disclosure", "follow_up",
    "stage_change", "principle_rating", "ledger_entry", "commitment", "lifecycle_change",
    "recommendation", "referral", "economics_period",
)
KEY_COLUMNS: dict[str, tuple[str, ...]] = {"meeting_attendee": ("meeting_id", "contact_id")}
# The column that says which customer a row belongs to (visibility, recomputation).
CUSTOMER_COLUMN: dict[str, str] = {"customer": "id", "referral": "sponsor_customer_id"}

# Recomputed by each replica after a sync (services/meeting_log.py, scores.py,
# lifecycle.py), never pushed, never overwritten by a pull.
DERIVED: dict[str, frozenset[str]] = {
    "customer": frozenset({
        "last_meeting_at", "next_follow_up_at", "suggested_stage", "lifecycle_stage",
        "reciprocity_score", "autonomy_score", "integrity_score", "loyalty_score",
        "equity_score", "health_score", "master_warning",
    }),
}
# Set by the server (the member who inserts); pulled, never pushed (`owner_id` is pushed
# only when a laptop changes it: a manager reassigning, which the server checks).
SERVER_SET: dict[str, frozenset[str]] = {"disclosure": frozenset({"recorded_by"})}
OWNER_COLUMN = ("customer", "owner_id")
# Bookkeeping that follows the other columns: last writer wins, no losing value is kept.
NOT_KEPT: frozenset[str] = frozenset({"updated_at", "sort_key"})


def key_columns(table: str) -> tuple[str, ...]:
    return KEY_COLUMNS.get(table, ("id",))


def key_sql(table: str, prefix: str = "") -> str:
    """The SQL expression of a row's key (the same text on SQLite and PostgreSQL)."""
    return " || '|' || ".join(prefix + column for column in key_columns(table))


def customer_column(table: str) -> str | None:
    if table == "meeting_attendee":
        return None  # through its meeting
    return CUSTOMER_COLUMN.get(table, "customer_id")


def not_pushed(table: str) -> frozenset[str]:
    return DERIVED.get(table, frozenset()) | SERVER_SET.get(table, frozenset())
