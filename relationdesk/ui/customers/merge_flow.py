"""Edit ▸ "Merge customer into…": the selected customer becomes part of another one.

Kept out of main_window.py and customer_workspace.py so it can be wired with one line:
`self.merge_customer_action.triggered.connect(lambda: merge_selected_customer(self))`.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog
    from relationdesk.ui.main_window import MainWindow


def merge_selected_customer(window: "MainWindow") -> "CustomerMergeDialog | None":
    """Open the merge dialog for the selected customer (None when nothing is selected);
    after a merge the list shows the kept customer and the other views refresh."""
    workspace, db = window.workspace, window.db
    if workspace is None or db is None:
        return None
    selected_id = workspace.selected_customer_id()
    selected = workspace.directory.detail(selected_id) if selected_id else None
    if selected is None:
        return None
    from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog

    dialog = CustomerMergeDialog(db, window, selected)

    def merged(kept_id: str) -> None:
        current = window.workspace
        if current is None:
            return
        current.refresh(select_id=kept_id)
        current.detail.refresh()  # the kept customer may have been selected already
        if window.today is not None:
            window.today.refresh()  # the other's follow-ups now carry the kept name
        window.refresh_dashboard()

    dialog.sig_merged.connect(merged)
    dialog.open()
    return dialog
