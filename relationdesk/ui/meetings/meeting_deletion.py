"""Deleting a meeting from the timeline: asked once, and Edit → Undo puts it back whole
(its attendees, disclosures and follow-up links; services/deleted_rows.py).

Texts keep the CustomerWorkspace context they were translated under."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from relationdesk.ui.shared.messages import confirm

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace
    from relationdesk.ui.shared.changes import Changes


def ask_and_delete_meeting(
    workspace: "CustomerWorkspace",
    meeting_id: str,
    undo_stack: "QUndoStack | None",
    changes: "Changes | None",
) -> None:
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
    from relationdesk.ui.shared.changes import Topic
    from relationdesk.ui.shared.undo import ServiceCommand

    db = workspace.db
    deleted = read_before_delete(db.reader, "meeting", meeting_id)
    meeting_log.delete_meeting(db, meeting_id)
    workspace.meeting_deleted(meeting_id)
    if undo_stack is None or changes is None:
        return
    undo_stack.push(
        ServiceCommand(
            QCoreApplication.translate("CustomerWorkspace", "meeting deleted"),
            lambda: meeting_log.delete_meeting(db, meeting_id),
            lambda: put_back(db, deleted),
            changes,
            (Topic.MEETINGS,),
            [deleted.customer_id] if deleted.customer_id else [],
        )
    )
