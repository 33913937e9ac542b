"""What a flow may use of the main window: the database, the settings, status messages,
the change signal and a parent for its dialogs. Flows take this, not `MainWindow`, so
they do not grow into the window's attributes (docs/architecture.md)."""

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from relationdesk.db.database import Database
    from relationdesk.settings import Settings
    from relationdesk.ui.shared.changes import Changes


class FlowWindow(Protocol):
    """The narrow face of the main window that flows depend on."""

    settings: "Settings"
    changes: "Changes"
    db: "Database | None"

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """A short message in the status bar."""
        ...

    def dialog_parent(self) -> "QWidget":
        """The widget dialogs and progress windows open over."""
        ...
