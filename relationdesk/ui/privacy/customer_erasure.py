"""Asking before a customer is erased: a plain question, or, when its people are named in
other customers' texts, the erase dialog listing those texts (full names ticked).

Texts keep the CustomerWorkspace context they were translated under."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from relationdesk.ui.shared.messages import confirm

if TYPE_CHECKING:
    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace


def ask_and_erase_customer(workspace: "CustomerWorkspace", customer_id: str, name: str) -> None:
    from relationdesk.services.erasure import customer_mentions

    mentions = customer_mentions(workspace.db.reader, customer_id)
    if not mentions:
        if confirm(
            workspace,
            QCoreApplication.translate("CustomerWorkspace", "Delete customer"),
            QCoreApplication.translate(
                "CustomerWorkspace",
                "Delete %1 with all its contacts? Everything recorded about this customer "
                "will be erased. Undo cannot bring it back: only a backup made before it "
                "can (File → Backups…).",
            ).replace("%1", name),
            destructive=True,
        ):
            workspace.erase_customer(customer_id, name, [])
        return
    from relationdesk.ui.privacy.erase_person_dialog import ErasePersonDialog

    dialog = ErasePersonDialog(
        workspace, name, [mention for _person, mention in mentions], customer=True
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def erase() -> None:
        chosen = dialog.chosen()
        workspace.erase_customer(customer_id, name, [p for p in mentions if p[1] in chosen])

    dialog.accepted.connect(erase)
    dialog.open()
