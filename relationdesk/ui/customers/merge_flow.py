"""Edit ▸ "Merge customer into…": the selected customer becomes part of another one.

Kept out of main_window.py and customer_workspace.py so it can be wired with one line:
`self.merge_customer_action.triggered.connect(lambda: merge_selected_customer(self))`.
"""

from typing import TYPE_CHECKING

from relationdesk.ui.shared.changes import Topic

if TYPE_CHECKING:
    from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog
    from relationdesk.ui.shared.window import FlowWindow

# A merge moves everything of the merged customer onto the kept one.
MERGE_TOPICS = (Topic.CUSTOMERS, Topic.CONTACTS, Topic.MEETINGS, Topic.FOLLOW_UPS,
                Topic.EVIDENCE, Topic.LIFECYCLE, Topic.ECONOMICS)  # fmt: skip


def merge_selected_customer(window: "FlowWindow") -> "CustomerMergeDialog | None":
    """Open the merge dialog for the selected customer (None when nothing is selected);
    after a merge it is announced and the list shows the kept customer."""
    db, selected_id = window.db, window.selected_customer_id()
    if db is None or selected_id is None:
        return None
    from relationdesk.services.customer_directory import CustomerDirectory

    selected = CustomerDirectory(db.reader).detail(selected_id)
    if selected is None:
        return None
    from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog

    dialog = CustomerMergeDialog(db, window.dialog_parent(), selected)

    def merged(kept_id: str) -> None:
        both = (kept_id, selected_id, dialog.picker.customer_id)  # emitted before it closes
        window.changes.announce(*MERGE_TOPICS, customer_ids=[c for c in both if c is not None])
        window.open_customer(kept_id)

    dialog.sig_merged.connect(merged)
    dialog.open()
    return dialog
