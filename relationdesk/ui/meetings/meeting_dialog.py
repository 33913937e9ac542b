"""Log a meeting after the visit: under a minute, entirely from the keyboard (docs/stories.md #1).

Everything typed is kept as a draft while the dialog is open, so a crash or a closed lid
loses nothing: the next "Log meeting" offers to restore it.
"""

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.meetings import MeetingFields, MeetingKind
from relationdesk.l10n.formatting import local_datetime, short_datetime
from relationdesk.l10n.labels import meeting_kind_label
from relationdesk.services import meeting_draft, meeting_log
from relationdesk.services.customer_directory import CustomerDirectory
from relationdesk.services.meeting_directory import MeetingDirectory
from relationdesk.settings import Settings
from relationdesk.ui.meetings.disclosure_editor import DisclosureEditor
from relationdesk.ui.principles.ratings_row import RatingsRow
from relationdesk.ui.shared.customer_picker import CustomerPicker
from relationdesk.ui.shared.date_field import DateField
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.messages import confirm
from relationdesk.ui.shared.qt_helpers import describe, named, resize_within_screen

_DRAFT_DELAY_MS = 400
log = logging.getLogger(__name__)


def _utc(moment: QDateTime) -> datetime:
    """A local QDateTime as the naive UTC the database stores."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC).replace(tzinfo=None)


class MeetingDialog(FormDialog):
    sig_contact_added = Signal(str)  # a new attendee saved, even if the meeting is not: customer

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None,
        customer_id: str | None = None,
        meeting_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self._db = db
        self._settings = settings
        self._meeting_id = meeting_id
        self._directory = CustomerDirectory(db.reader)
        self._loading = False
        self._place_typed = False  # a Place the user typed stays; the customer's city follows

        self.customer_picker = CustomerPicker(self._directory)
        self.when_edit = named(QDateTimeEdit(QDateTime.currentDateTime()), "whenEdit")
        self.when_edit.setCalendarPopup(True)
        self.today_button = named(QPushButton(), "todayButton")
        self.yesterday_button = named(QPushButton(), "yesterdayButton")
        when_row = QWidget()
        when_layout = QHBoxLayout(when_row)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.when_edit, 1)
        when_layout.addWidget(self.today_button)
        when_layout.addWidget(self.yesterday_button)
        self.duration_spin = named(QSpinBox(), "durationSpin")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(60)
        self.kind_combo = named(QComboBox(), "kindCombo")
        for kind in MeetingKind:
            self.kind_combo.addItem("", kind.value)
        self.place_edit = named(QLineEdit(), "placeEdit")
        self.place_edit.textEdited.connect(self._place_edited)
        self.attendees_model = QStandardItemModel(self)
        self.attendees_view = named(QListView(), "attendeesList")
        self.attendees_view.setModel(self.attendees_model)
        self.attendees_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendees_view.setMaximumHeight(90)
        self.new_contact_button = named(QPushButton(), "newAttendeeButton")
        attendees_row = QWidget()
        attendees_layout = QHBoxLayout(attendees_row)
        attendees_layout.setContentsMargins(0, 0, 0, 0)
        attendees_layout.addWidget(self.attendees_view, 1)
        attendees_layout.addWidget(self.new_contact_button, 0, Qt.AlignmentFlag.AlignTop)
        self.summary_edit = named(QPlainTextEdit(), "summaryEdit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMinimumHeight(80)
        self.next_steps_edit = named(QPlainTextEdit(), "nextStepsEdit")
        self.next_steps_edit.setTabChangesFocus(True)
        self.next_steps_edit.setMaximumHeight(60)
        self.follow_up_check = named(QCheckBox(), "followUpCheck")
        self.follow_up_date = named(DateField(QDate.currentDate().addDays(3)), "followUpDate")
        self.follow_up_date.setEnabled(False)
        follow_row = QWidget()
        follow_layout = QHBoxLayout(follow_row)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.follow_up_check)
        follow_layout.addWidget(self.follow_up_date)
        follow_layout.addStretch()
        self.disclosures = DisclosureEditor()
        self.ratings = RatingsRow()  # optional: how the meeting showed each principle

        for name, widget in (
            ("customer", self.customer_picker),
            ("started_at", when_row),
            ("duration", self.duration_spin),
            ("kind", self.kind_combo),
            ("place", self.place_edit),
            ("attendees", attendees_row),
            ("summary", self.summary_edit),
            ("next_steps", self.next_steps_edit),
            ("follow_up_due", follow_row),
            ("disclosure", self.disclosures),
            ("rating", self.ratings),
        ):
            self.add_field(name, widget)

        self.customer_picker.sig_customer_changed.connect(self._customer_changed)
        self.today_button.clicked.connect(lambda: self._set_day(0))
        self.yesterday_button.clicked.connect(lambda: self._set_day(-1))
        self.follow_up_check.toggled.connect(self.follow_up_date.setEnabled)
        self.new_contact_button.clicked.connect(self._new_attendee)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self.accept)
        save_too = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_too.activated.connect(self.accept)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(_DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        for signal in (
            self.when_edit.dateTimeChanged,
            self.duration_spin.valueChanged,
            self.kind_combo.currentIndexChanged,
            self.place_edit.textEdited,
            self.summary_edit.textChanged,
            self.next_steps_edit.textChanged,
            self.follow_up_check.toggled,
            self.follow_up_date.dateChanged,
            self.attendees_model.itemChanged,
            self.disclosures.sig_changed,
            self.disclosures.text_edit.textEdited,
            self.ratings.sig_changed,
        ):
            signal.connect(self._changed)

        resize_within_screen(self, 820, 780)
        self.retranslate_ui()
        if meeting_id is not None:
            self._load_meeting(meeting_id)
        elif customer_id is not None:
            detail = self._directory.detail(customer_id)
            self.customer_picker.set_customer(customer_id, detail.name if detail else "")
        (self.summary_edit if self.customer_picker.customer_id else self.customer_picker).setFocus()

    # --- customer and people -----------------------------------------------------------
    def _customer_changed(self, customer_id: str | None) -> None:
        checked = set(self.attendee_ids())
        self.attendees_model.clear()
        contacts: dict[str, str] = {}
        keep_professional = False
        detail = None
        if customer_id is not None:
            for contact in self._directory.contacts(customer_id):
                contacts[contact.id] = contact.full_name
                item = QStandardItem(contact.full_name)
                item.setCheckable(True)
                item.setCheckState(
                    Qt.CheckState.Checked if contact.id in checked else Qt.CheckState.Unchecked
                )
                item.setData(contact.id, Qt.ItemDataRole.UserRole)
                self.attendees_model.appendRow(item)
            detail = self._directory.detail(customer_id)
            keep_professional = bool(detail and detail.keep_professional)
        if not self._place_typed:
            self.place_edit.setText(detail.city if detail else "")
        self.disclosures.set_people(contacts, keep_professional)
        self.new_contact_button.setEnabled(customer_id is not None)
        self._changed()

    def _place_edited(self, text: str) -> None:
        """Typed by the user: kept when the customer changes (emptied: follows again)."""
        self._place_typed = bool(text.strip())

    def attendee_ids(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.attendees_model.rowCount())
            if (item := self.attendees_model.item(row)).checkState() == Qt.CheckState.Checked
        )

    def _new_attendee(self) -> None:
        customer_id = self.customer_picker.customer_id
        if customer_id is None:
            return
        from relationdesk.ui.customers.contact_dialog import ContactDialog

        ContactDialog(self._db, self, customer_id).open_then(self._attendee_added)

    def _attendee_added(self, contact_id: str) -> None:
        self.sig_contact_added.emit(self.customer_picker.customer_id)
        checked = set(self.attendee_ids()) | {contact_id}
        self._customer_changed(self.customer_picker.customer_id)
        for row in range(self.attendees_model.rowCount()):
            item = self.attendees_model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in checked:
                item.setCheckState(Qt.CheckState.Checked)

    def _set_day(self, offset: int) -> None:
        day = QDate.currentDate().addDays(offset)
        self.when_edit.setDateTime(QDateTime(day, self.when_edit.time()))

    # --- the form as fields --------------------------------------------------------------
    def fields(self) -> MeetingFields:
        started = _utc(self.when_edit.dateTime())
        due = None
        if self.follow_up_check.isChecked():
            due = _utc(QDateTime(self.follow_up_date.date(), QTime(9, 0)))
        return MeetingFields(
            customer_id=self.customer_picker.customer_id,
            started_at=started,
            ended_at=started + timedelta(minutes=self.duration_spin.value()),
            kind=MeetingKind(self.kind_combo.currentData()),
            place=self.place_edit.text(),
            summary=self.summary_edit.toPlainText(),
            next_steps=self.next_steps_edit.toPlainText(),
            attendee_ids=self.attendee_ids(),
            disclosures=self.disclosures.items(),
            follow_up_due=due,
            ratings=self.ratings.values(),
            ratings_note=self.ratings.note(),
        )

    def set_fields(self, fields: MeetingFields, customer_name: str) -> None:
        self._loading = True
        try:
            self.customer_picker.set_customer(fields.customer_id, customer_name)
            self.when_edit.setDateTime(local_datetime(fields.started_at))
            if fields.ended_at is not None:
                minutes = int((fields.ended_at - fields.started_at).total_seconds() // 60)
                self.duration_spin.setValue(max(0, minutes))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(fields.kind.value)))
            self.place_edit.setText(fields.place)
            self._place_typed = bool(fields.place.strip())  # saved or drafted: chosen before
            self.summary_edit.setPlainText(fields.summary)
            self.next_steps_edit.setPlainText(fields.next_steps)
            wanted = set(fields.attendee_ids)
            for row in range(self.attendees_model.rowCount()):
                item = self.attendees_model.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in wanted:
                    item.setCheckState(Qt.CheckState.Checked)
            self.follow_up_check.setChecked(fields.follow_up_due is not None)
            if fields.follow_up_due is not None:
                self.follow_up_date.setDate(local_datetime(fields.follow_up_due).date())
            self.disclosures.set_items(fields.disclosures)
            self.ratings.set_values(fields.ratings, fields.ratings_note)
        finally:
            self._loading = False

    def _load_meeting(self, meeting_id: str) -> None:
        fields = MeetingDirectory(self._db.reader).meeting_fields(meeting_id)
        if fields is None or fields.customer_id is None:
            return
        detail = self._directory.detail(fields.customer_id)
        self.set_fields(fields, detail.name if detail else "")

    def is_empty(self) -> bool:
        fields = self.fields()
        return not (
            fields.summary.strip()
            or fields.next_steps.strip()
            or fields.disclosures
            or fields.ratings
            or (fields.place.strip() and fields.customer_id is None)
        )

    # --- draft ----------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._meeting_id is None and not self._loading:
            self._draft_timer.start()

    def save_draft(self) -> None:
        """Keep what is typed (new meetings only: an edit starts from the saved meeting)."""
        if self._meeting_id is not None:
            return
        try:
            if self.is_empty():
                meeting_draft.clear_draft(self._db)
                return
            meeting_draft.save_draft(
                self._db,
                self.fields(),
                self.customer_picker.text(),
                datetime.now(UTC).replace(tzinfo=None),
            )
        except meeting_draft.DraftNotKept as error:  # the form stays open, nothing is lost yet
            log.warning("The meeting draft could not be kept: %s", error)

    def clear_draft(self) -> None:
        self._draft_timer.stop()
        if self._meeting_id is None:
            meeting_draft.clear_draft(self._db)

    def offer_draft(self) -> bool:
        """Ask to restore a draft left by a crash or a closed lid; True if restored."""
        if self._meeting_id is not None:
            return False
        draft = meeting_draft.load_draft(self._db.reader)
        if draft is None:
            return False
        fields, customer_name, saved_at = draft
        if not confirm(
            self,
            self.tr("Unsaved meeting"),
            self.tr("A meeting with %1 from %2 was not saved. Restore it?")
            .replace("%1", customer_name or self.tr("an unknown customer"))
            .replace("%2", short_datetime(saved_at)),
        ):
            self.clear_draft()
            return False
        self.set_fields(fields, customer_name)
        return True

    # --- saving and leaving ---------------------------------------------------------------
    def save(self) -> str | None:
        saved = meeting_log.save_meeting(self._db, self.fields(), self._meeting_id)
        self.clear_draft()
        return saved

    def reject(self) -> None:
        if not self.is_empty() and not confirm(
            self,
            self.tr("Discard meeting"),
            self.tr("Close without saving? What you typed will be lost."),
            destructive=True,
        ):
            return
        self.clear_draft()
        super().reject()

    def retranslate_ui(self) -> None:
        editing = self._meeting_id is not None
        describe(self.when_edit, self.tr("When"), self.tr("Date and time, in your locale's format"))
        describe(self.attendees_view, self.tr("Attendees"), self.tr("Space ticks a person"))
        describe(self.follow_up_date, self.tr("Follow-up date"))
        self.setWindowTitle(self.tr("Edit meeting") if editing else self.tr("Log meeting"))
        for name, text in (
            ("customer", self.tr("&Customer:")),
            ("started_at", self.tr("&When:")),
            ("duration", self.tr("D&uration:")),
            ("kind", self.tr("&Kind:")),
            ("place", self.tr("P&lace:")),
            ("attendees", self.tr("&Attendees:")),
            ("summary", self.tr("&Summary:")),
            ("next_steps", self.tr("&Next steps:")),
            ("follow_up_due", self.tr("&Follow-up:")),
            ("disclosure", self.tr("Disclosures:")),
            ("rating", self.tr("Rate (optional):")),
        ):
            self.set_label(name, text)
        self.customer_picker.setPlaceholderText(self.tr("Type a few letters of the customer"))
        self.today_button.setText(self.tr("Today"))
        self.yesterday_button.setText(self.tr("Yesterday"))
        self.duration_spin.setSuffix(self.tr(" min"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(
                index, meeting_kind_label(MeetingKind(self.kind_combo.itemData(index)))
            )
        self.new_contact_button.setText(self.tr("New contact…"))
        self.summary_edit.setPlaceholderText(self.tr("What happened, in a few lines"))
        self.next_steps_edit.setPlaceholderText(self.tr("What was agreed, e.g. send the offer"))
        self.follow_up_check.setText(self.tr("Remind me on"))
