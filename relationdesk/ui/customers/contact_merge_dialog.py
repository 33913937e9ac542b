"""Merge two people of one customer who are the same person: the selected contact is
kept, another of the customer's people is chosen from a list and merged into it."""

from dataclasses import asdict

from PySide6.QtWidgets import QComboBox, QWidget

from relationdesk.db.database import Database
from relationdesk.domain.enums import BuyingRole
from relationdesk.domain.merging import CONTACT_FILL_FIELDS, conflicting_fields
from relationdesk.l10n.labels import buying_role_label
from relationdesk.services.customer_directory import ContactRow, CustomerDirectory
from relationdesk.services.merging import (
    CONTACT_COUNTS,
    RecordCounts,
    contact_counts,
    merge_contacts,
)
from relationdesk.ui.customers.merge_dialog import MergeDialog, Side
from relationdesk.ui.shared.qt_helpers import named


class ContactMergeDialog(MergeDialog):
    def __init__(self, db: Database, parent: QWidget | None, selected: ContactRow) -> None:
        self._db = db
        self._directory = CustomerDirectory(db.reader)
        self.contact_combo = named(QComboBox(), "mergeContactCombo")
        super().__init__(parent, self.contact_combo, tuple(k for k, _ in CONTACT_COUNTS))
        self.setObjectName("contactMergeDialog")
        self.selected = selected
        self.keep_selected = True  # the person whose row was selected stays
        self._people = {
            c.id: c for c in self._directory.contacts(selected.customer_id) if c.id != selected.id
        }
        self.contact_combo.addItem("", None)
        for person in self._people.values():
            self.contact_combo.addItem(person.full_name, person.id)
        self.contact_combo.currentIndexChanged.connect(lambda _index: self.update_summary())
        self.retranslate_ui()

    def _chosen(self) -> ContactRow | None:
        chosen = self.contact_combo.currentData()
        return self._people.get(str(chosen)) if chosen else None

    def sides(self) -> tuple[Side, Side] | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        pair = ((self.selected.id, self.selected.full_name), (chosen.id, chosen.full_name))
        return pair if self.keep_selected else (pair[1], pair[0])

    def counts(self, record_id: str) -> RecordCounts:
        return contact_counts(self._db.reader, record_id)

    def _values(self, contact_id: str) -> dict[str, object]:
        person = self._people.get(contact_id, self.selected)
        values = asdict(person)
        values["buying_role"] = person.buying_role.value
        return values

    def conflicts(self, kept_id: str, merged_id: str) -> list[str]:
        labels = {
            "job_title": self.tr("Job title"),
            "buying_role": self.tr("Buying role"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "mobile": self.tr("Mobile"),
            "preferred_language": self.tr("Language"),
        }
        mine, theirs = self._values(kept_id), self._values(merged_id)

        def shown(name: str, value: object) -> str:
            return (
                buying_role_label(BuyingRole(str(value))) if name == "buying_role" else str(value)
            )

        return [
            self.conflict_line(labels[name], shown(name, mine[name]), shown(name, theirs[name]))
            for name in conflicting_fields(mine, theirs, CONTACT_FILL_FIELDS)
        ]

    def merge(self, kept_id: str, merged_id: str) -> None:
        merge_contacts(self._db, kept_id, merged_id)

    def swap(self) -> None:
        self.keep_selected = not self.keep_selected
        self.update_summary()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge contacts"))
        self.intro.setText(
            self.tr(
                "Two entries that are the same person become one: the meetings they attended, "
                "what they disclosed, their answers and referrals are all kept. Choose the "
                "person to merge with “%1”."
            ).replace("%1", self.selected.full_name)
        )
        self.choose_label.setText(self.tr("Merge &with:"))
        self.contact_combo.setItemText(0, self.tr("(choose a person)"))
        self.merge_button.setText(self.tr("&Merge"))
        self.swap_button.setText(self.tr("&Swap: keep the other name"))
        texts = {
            "meetings": self.tr("Meetings attended"),
            "disclosures": self.tr("Disclosures"),
            "history": self.tr("Answers and referrals"),
        }
        for key, label in self.row_labels.items():
            label.setText(texts[key])
        self.update_summary()
