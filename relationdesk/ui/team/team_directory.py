"""The team's directory on this laptop (members, and every customer's name and owner),
fetched after each sync and kept next to the database, so that creating a customer a
colleague already owns is said before saving, offline too ("Carpați Industrial is Ana
Pop's customer") — the reason teams share a server."""

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from relationdesk.domain.text import fold
from relationdesk.services.atomic_file import write_text_atomically
from relationdesk.ui.shared.messages import confirm

if TYPE_CHECKING:
    from relationdesk.team.membership import Directory

FILE_NAME = "team_directory.json"


def path_for(database: Path) -> Path:
    return Path(database).with_name(FILE_NAME)


def save(database: Path, found: "Directory") -> bool:
    """Keep the directory; True when it differs from the one kept before."""
    content = {"me": found.me, "members": [list(m) for m in found.members],
               "customers": [list(c) for c in found.customers]}
    if _load(database) == content:
        return False
    write_text_atomically(path_for(database), lambda file: json.dump(content, file))
    return True


def forget(database: Path) -> None:
    path_for(database).unlink(missing_ok=True)


_cache: dict[Path, tuple[float, dict[str, Any]]] = {}


def _load(database: Path) -> dict[str, Any]:
    """The directory, read again only when the file changed (the detail asks often)."""
    path = path_for(database)
    try:
        stamp = path.stat().st_mtime
        cached = _cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    _cache[path] = (stamp, loaded)
    return loaded


def members(database: Path) -> list[tuple[str, str]]:
    """(id, name) of every member, as of the last sync."""
    return [(str(m[0]), str(m[1])) for m in _load(database).get("members", [])]


def owner_name(database: Path, owner_id: str | None) -> str:
    """The member who owns a customer, by name ("" outside a team or unknown)."""
    if not owner_id:
        return ""
    return dict(members(database)).get(owner_id, "")


def me(database: Path) -> str:
    return str(_load(database).get("me") or "")


def colleague_owning(database: Path, name: str) -> str | None:
    """The colleague who owns a customer named `name` (folded), if any."""
    known = _load(database)
    my_id = known.get("me")
    members = {m[0]: m[1] for m in known.get("members", [])}
    wanted = fold(name)
    for other, owner in known.get("customers", []):
        if owner != my_id and fold(other) == wanted:
            return str(members.get(owner, "?"))
    return None


def confirm_not_a_colleagues(parent: QWidget, database: Path, name: str) -> bool:
    """True to go on saving: no colleague owns `name`, or the user saves it anyway."""
    owner = colleague_owning(database, name) if name.strip() else None
    if owner is None:
        return True
    translate = QCoreApplication.translate
    return confirm(
        parent,
        translate("TeamDirectory", "A colleague's customer"),
        translate("TeamDirectory",
                  "“%1” is %2's customer. Ask them before prospecting it. Save it as yours "
                  "anyway?").replace("%1", name.strip()).replace("%2", owner))
