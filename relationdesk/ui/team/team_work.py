"""The team's work for the window, run off the GUI thread (the engine is relationdesk/team;
its imports are heavy, so they wait until the first sync, never delaying start-up)."""

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING

from relationdesk.settings import Setting, Settings

if TYPE_CHECKING:
    import sqlite3

    from relationdesk.db.database import Database
    from relationdesk.team.membership import Identity

# Who this laptop is in the team, learnt when joining (shown without asking the server).
TEAM_NAME = Setting("team/name", "")
MEMBER_ID = Setting("team/member_id", "")
MEMBER_NAME = Setting("team/member_name", "")
MANAGER = Setting("team/manager", False)


class Failure(Enum):
    OFFLINE = "offline"
    PASSWORD = "password"
    OTHER = "other"


@dataclass(frozen=True)
class Outcome:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    pending: int = 0
    owners_changed: bool = False  # members or customers' owners: the lists name them


def joined(conn: "sqlite3.Connection") -> bool:
    row = conn.execute("SELECT enabled, server FROM sync_state").fetchone()
    return bool(row and row[0] and row[1])


def server_of(conn: "sqlite3.Connection") -> str:
    row = conn.execute("SELECT server FROM sync_state").fetchone()
    return str(row[0] or "") if row else ""


def pending(conn: "sqlite3.Connection") -> int:
    return int(conn.execute("SELECT count(*) FROM sync_change").fetchone()[0])


def last_sync(conn: "sqlite3.Connection") -> datetime | None:
    """When this laptop last synced (local time), as the engine wrote it (UTC)."""
    row = conn.execute("SELECT last_sync_at FROM sync_state").fetchone()
    if not row or not row[0]:
        return None
    moment = datetime.fromisoformat(str(row[0])).replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def sync(db: "Database") -> Outcome:
    from relationdesk.team.membership import directory
    from relationdesk.team.sync import run_sync
    from relationdesk.ui.team import team_directory

    report = run_sync(db)
    owners_changed = team_directory.save(db.path, directory(db))
    return Outcome(report.pushed, report.pulled, report.conflicts, pending(db.reader),
                   owners_changed)


def join(db: "Database", url: str, password: str, new_password: str = "") -> "Identity":
    """Join; with `new_password`, it replaces the one-time password at once."""
    from relationdesk.team.membership import change_password, identity
    from relationdesk.team.sync import join as join_team

    join_team(db, url, password)
    if new_password:
        change_password(db, new_password)
    return identity(db)


def leave(db: "Database", keep: bool, owner_id: str) -> None:
    from relationdesk.team.membership import leave as leave_team
    from relationdesk.ui.team import team_directory

    leave_team(db, keep, owner_id or None)
    team_directory.forget(db.path)


def remember(settings: Settings, who: "Identity | None") -> None:
    settings.set(TEAM_NAME, who.team_name if who else "")
    settings.set(MEMBER_ID, who.member_id if who else "")
    settings.set(MEMBER_NAME, who.member_name if who else "")
    settings.set(MANAGER, who.manager if who else False)
    settings.sync()


def failure_of(error: Exception) -> Failure:
    """What kind of failure a sync's error is (the engine says it in English words)."""
    text = str(error)
    if "cannot reach" in text or type(error).__name__ in ("OperationalError", "ConnectionTimeout"):
        return Failure.OFFLINE
    if "wrong password" in text or "no password" in text:
        return Failure.PASSWORD
    return Failure.OTHER
