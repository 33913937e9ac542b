"""Logging, editing and deleting a meeting from the customer workspace, and announcing it.

Kept out of customer_workspace.py (as ui/privacy/customer_erasure.py is) so the workspace
stays under 400 lines; texts keep the CustomerWorkspace context they were translated under.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.messages import confirm

if TYPE_CHECKING:
    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace


def log_meeting(workspace: "CustomerWorkspace", meeting_id: str | None = None) -> None:
    """Open "Log meeting" for the selected customer (or edit a saved meeting)."""
    from relationdesk.ui.meetings.meeting_dialog import MeetingDialog

    selected = workspace.selected_customer_id()
    dialog = MeetingDialog(workspace.db, workspace.settings, workspace, selected, meeting_id)
    # An edited meeting may have moved to another customer: both are concerned.
    dialog.open_then(
        lambda _id: announce_meeting(workspace, selected, dialog.customer_picker.customer_id)
    )
    dialog.sig_contact_added.connect(
        lambda customer_id: workspace.changes.announce(Topic.CONTACTS, customer_ids=[customer_id])
    )
    if meeting_id is None:
        dialog.offer_draft()


def delete_meeting(workspace: "CustomerWorkspace", meeting_id: str) -> None:
    if not confirm(
        workspace,
        QCoreApplication.translate("CustomerWorkspace", "Delete meeting"),
        QCoreApplication.translate(
            "CustomerWorkspace",
            "Delete this meeting with its disclosures? Its follow-ups stay. "
            "This cannot be undone.",
        ),
        destructive=True,
    ):
        return
    from relationdesk.services import meeting_log

    meeting_log.delete_meeting(workspace.db, meeting_id)
    announce_meeting(workspace, workspace.selected_customer_id())


def announce_meeting(workspace: "CustomerWorkspace", *customer_ids: str | None) -> None:
    """A meeting saved (with its follow-up, maybe a new attendee) or deleted."""
    workspace.changes.announce(
        Topic.MEETINGS,
        Topic.FOLLOW_UPS,
        Topic.CONTACTS,
        customer_ids=[cid for cid in customer_ids if cid is not None],
    )
