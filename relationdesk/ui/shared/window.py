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

    def selected_customer_id(self) -> str | None:
        """The customer selected in the list: what Edit ▸ Merge customer into… acts on."""
        ...

    def open_customer(self, customer_id: str) -> None:
        """Show a customer in the list and its pane: a merge shows the customer it kept."""
        ...

    def detach_database(self) -> None:
        """Close the database and the views on it: a restore swaps the file underneath."""
        ...

    def attach(self, db: "Database") -> None:
        """Show a (re)opened database: after a restore, the restored or the old file."""
        ...
