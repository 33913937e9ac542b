"""Pick a new due date for a follow-up: a calendar, because "which Thursday?" is visual."""

from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from relationdesk.l10n.formatting import local_datetime, qdate
from relationdesk.ui.meetings.follow_up_model import stored_moment, to_date
from relationdesk.ui.shared.qt_helpers import named


class RescheduleDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, current: date, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self._title = title
        self.prompt = named(QLabel(), "reschedulePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's text
        self.calendar = named(QCalendarWidget(), "rescheduleCalendar")
        self.calendar.setGridVisible(True)
        # A new due date in the past would only make the follow-up overdue again.
        self.calendar.setMinimumDate(qdate(today))
        self.calendar.setSelectedDate(qdate(max(current, today)))
        self.calendar.activated.connect(lambda _day: self.accept())  # Enter / double-click
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self.calendar.setFocus()
        self.retranslate_ui()

    def chosen_date(self) -> date:
        return to_date(self.calendar.selectedDate())

    def new_due(self, old_due: datetime) -> datetime:
        """The chosen day at the old local time of day: "call at 14:00" stays at 14:00."""
        return stored_moment(self.chosen_date(), local_datetime(old_due).time())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.prompt.setText(self.tr("New due date for “%1”:").replace("%1", self._title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
