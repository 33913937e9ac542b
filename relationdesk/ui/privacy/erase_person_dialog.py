"""Confirm erasing a person or a customer with its people (GDPR erasure), and choose the
free texts where their names should go too: every place found is listed, full names
ticked; untick what must stay."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.domain.mentions import Mention
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

_Index = QModelIndex | QPersistentModelIndex
# Where a mention was found, in words (table, column) -> text.
_PLACES = {
    ("customer", "notes"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Customer notes"),
    ("contact", "notes"): QT_TRANSLATE_NOOP("ErasePersonDialog", "A colleague's notes"),
    ("meeting", "summary"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Meeting summary"),
    ("meeting", "next_steps"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Meeting next steps"),
    ("meeting", "place"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Meeting place"),
    ("disclosure", "text"): QT_TRANSLATE_NOOP(
        "ErasePersonDialog", "Something someone else disclosed"
    ),
    ("follow_up", "title"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Follow-up"),
    ("ledger_entry", "description"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Give-and-take entry"),
    ("commitment", "description"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Commitment"),
    ("stage_change", "note"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Stage change note"),
    ("principle_rating", "note"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Rating note"),
    ("lifecycle_change", "reason"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Lifecycle move"),
    ("recommendation", "note"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Recommendation note"),
    ("referral", "note"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Referral note"),
    ("economics_period", "note"): QT_TRANSLATE_NOOP("ErasePersonDialog", "Economics note"),
}


class MentionModel(QAbstractListModel):
    def __init__(self, mentions: list[Mention], parent: Any = None) -> None:
        super().__init__(parent)
        self._mentions = list(mentions)
        # The surname alone may be somebody else's (or a company's): the user ticks it.
        self._checked = [mention.full_name for mention in mentions]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._mentions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._mentions):
            return None
        mention = self._mentions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.place(mention)}: {mention.excerpt}"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = self._checked[index.row()]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self._checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    @staticmethod
    def place(mention: Mention) -> str:
        text = _PLACES.get((mention.table, mention.column))
        if text is None:
            return mention.table
        return QCoreApplication.translate("ErasePersonDialog", str(text))

    def chosen(self) -> list[Mention]:
        return [m for m, on in zip(self._mentions, self._checked, strict=True) if on]

    def retranslate(self) -> None:
        if self._mentions:
            self.dataChanged.emit(self.index(0), self.index(len(self._mentions) - 1))


class ErasePersonDialog(QDialog):
    """Yes erases; the ticked texts lose the name in the same transaction. For a customer
    (`customer=True`) the texts are the other customers' that name its people."""

    def __init__(
        self, parent: QWidget | None, name: str, mentions: list[Mention], *, customer: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("erasePersonDialog")
        self._name = name
        self._customer = customer
        self.question = named(QLabel(), "eraseQuestion")
        self.question.setWordWrap(True)
        self.mentions_label = named(QLabel(), "mentionsLabel")
        self.mentions_label.setWordWrap(True)
        self.surname_label = named(QLabel(), "surnameOnlyLabel")
        self.surname_label.setWordWrap(True)
        self.surname_label.setVisible(any(not m.full_name for m in mentions))
        self.model = MentionModel(mentions, self)
        self.mentions_view = named(QListView(), "mentionsView")
        self.mentions_view.setModel(self.model)
        self.mentions_view.setVisible(bool(mentions))
        self.mentions_label.setVisible(bool(mentions))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
        )
        self.buttons.setObjectName("buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.No).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.mentions_label)
        layout.addWidget(self.mentions_view, 1)
        layout.addWidget(self.surname_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        resize_within_screen(self, 560, 360 if mentions else self.sizeHint().height())

    def chosen(self) -> list[Mention]:
        return self.model.chosen()

    def retranslate_ui(self) -> None:
        if self._customer:
            self.setWindowTitle(self.tr("Delete customer"))
            self.question.setText(
                self.tr(
                    "Delete %1 with all its contacts? Everything recorded about this customer "
                    "will be erased. Undo cannot bring it back: only a backup made before it "
                    "can (File → Backups…)."
                ).replace("%1", self._name)
            )
            self.mentions_label.setText(
                self.tr(
                    "The names of its people also appear in other customers' texts. They are "
                    "replaced by […] in the ticked ones; untick what must stay as it is."
                )
            )
        else:
            self.setWindowTitle(self.tr("Delete contact"))
            self.question.setText(
                self.tr(
                    "Delete %1 and everything recorded about this person? This cannot be undone."
                ).replace("%1", self._name)
            )
            self.mentions_label.setText(
                self.tr(
                    "The name also appears in these texts. It is replaced by […] in the ticked "
                    "ones; untick what must stay as it is."
                )
            )
        self.surname_label.setText(
            self.tr(
                "Texts with only a surname are not ticked: it may be someone else's, or "
                "a company's. Tick them if they are about one of its people."
            )
            if self._customer
            else self.tr(
                "Texts with only the surname are not ticked: it may be someone else's, or "
                "a company's. Tick them if they are about this person."
            )
        )
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def tell_cleanup_pending(parent: QWidget | None, name: str) -> None:
    """The records are gone but another reader kept the erased data in the file: never
    let that pass for a finished erasure."""
    inform_error(
        parent,
        QCoreApplication.translate("ErasePersonDialog", "Erasure not finished"),
        QCoreApplication.translate(
            "ErasePersonDialog",
            "%1 was deleted, but another program is reading the database, so the erased "
            "data is still in its file. Close that program (a backup tool, a database "
            "browser); the clean-up finishes the next time RelationDesk opens the database.",
        ).replace("%1", name),
    )
