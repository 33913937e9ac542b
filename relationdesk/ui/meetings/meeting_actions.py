"""Logging, editing and deleting a meeting from the customer workspace, and announcing it.

Kept out of customer_workspace.py (as ui/privacy/customer_erasure.py is) so the workspace
stays under 400 lines; texts keep the CustomerWorkspace context they were translated under.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.messages import confirm

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace


def log_meeting(
    workspace: "CustomerWorkspace", selected: str | None, meeting_id: str | None = None
) -> None:
    """Open "Log meeting" for the customer the user is looking at, or for none (or edit
    a saved meeting)."""
    from relationdesk.ui.meetings.meeting_dialog import MeetingDialog

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


def delete_meeting(
    workspace: "CustomerWorkspace", meeting_id: str, undo_stack: "QUndoStack | None"
) -> None:
    """Delete a meeting after asking; Edit → Undo puts it back whole (its attendees,
    disclosures and follow-up links; services/deleted_rows.py)."""
    if not confirm(
        workspace,
        QCoreApplication.translate("CustomerWorkspace", "Delete meeting"),
        QCoreApplication.translate(
            "CustomerWorkspace",
            "Delete this meeting with its disclosures? Its follow-ups stay. "
            "Edit → Undo brings it back.",
        ),
        destructive=True,
    ):
        return
    from relationdesk.services import meeting_log
    from relationdesk.services.deleted_rows import put_back, read_before_delete
    from relationdesk.ui.shared.undo import ServiceCommand

    db = workspace.db
    deleted = read_before_delete(db.reader, "meeting", meeting_id)
    meeting_log.delete_meeting(db, meeting_id)
    announce_meeting(workspace, deleted.customer_id)
    if undo_stack is None:
        return
    undo_stack.push(
        ServiceCommand(
            QCoreApplication.translate("CustomerWorkspace", "meeting deleted"),
            lambda: meeting_log.delete_meeting(db, meeting_id),
            lambda: put_back(db, deleted),
            workspace.changes,
            (Topic.MEETINGS, Topic.FOLLOW_UPS),
            [deleted.customer_id] if deleted.customer_id else [],
        )
    )


def announce_meeting(workspace: "CustomerWorkspace", *customer_ids: str | None) -> None:
    """A meeting saved (with its follow-up, maybe a new attendee) or deleted."""
    workspace.changes.announce(
        Topic.MEETINGS,
        Topic.FOLLOW_UPS,
        Topic.CONTACTS,
        customer_ids=[cid for cid in customer_ids if cid is not None],
    )
