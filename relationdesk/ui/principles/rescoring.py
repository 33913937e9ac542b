"""Recomputing every customer's scores after the scoring settings changed."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relationdesk.ui.shared.window import FlowWindow


def rescore_all_customers(window: "FlowWindow") -> None:
    """New scoring preferences: recompute every customer's scores off the GUI thread,
    with progress and a way to stop (what is done stays done, and is announced)."""
    from PySide6.QtCore import QCoreApplication

    from relationdesk.services.scores import rescore_all
    from relationdesk.ui.shared.changes import Topic
    from relationdesk.ui.shared.messages import inform_error
    from relationdesk.ui.shared.operation import Operation

    def rescored(_count: object) -> None:
        window.changes.announce(Topic.EVIDENCE)  # every customer's scores

    def failed(error: Exception) -> None:
        rescored(None)  # the batches written before the failure stay
        inform_error(
            window.dialog_parent(),
            QCoreApplication.translate("Rescoring", "Scores not updated"),
            QCoreApplication.translate(
                "Rescoring",
                "Some customers' scores could not be recomputed with the new settings. "
                "Change a setting again to retry.",
            ),
            str(error),
        )

    Operation[int](
        window,
        QCoreApplication.translate("Rescoring", "Recomputing every customer's scores…"),
        name="rescoreProgress",
        title=QCoreApplication.translate("Rescoring", "Updating scores"),
        on_done=rescored,
        on_error=failed,
    ).write(rescore_all)
