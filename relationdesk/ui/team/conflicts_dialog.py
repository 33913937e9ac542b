"""The values a sync kept when a later edit won (customer, field, mine, theirs, who,
when), with "Use mine" and "Keep theirs". Reading and answering talk to the server, so
both run in the background (operation.run_on_own_database); the dialog never stalls."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.ui.shared.operation import run_on_own_database
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.shared.text_rows_model import TextRowsModel
from relationdesk.ui.team import team_work

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.team.kept import Conflict
    from relationdesk.ui.main_window import MainWindow

CUSTOMER, FIELD, MINE, THEIRS, WHO, WHEN = range(6)


def mine_was_kept(conflict: "Conflict", me: str) -> bool:
    """True when my value lost (and was kept); else mine is the one in use."""
    kept = conflict.kept
    return kept.kept_member == me and kept.winning_member != me


class ConflictsModel(TextRowsModel["Conflict"]):
    """One row a kept value: mine and theirs as this member sees them."""

    HEADER_CONTEXT = "ConflictsDialog"
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictsDialog", "Customer"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Field"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Mine"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Theirs"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Who"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "When"),
    )

    def __init__(self, me: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._me = me

    def texts(self, row: "Conflict") -> tuple[str, ...]:
        kept = row.kept
        mine_kept = mine_was_kept(row, self._me)
        mine, theirs = (kept.value, row.current) if mine_kept else (row.current, kept.value)
        other = kept.winning_member if mine_kept else kept.kept_member
        return (row.customer, kept.column.replace("_", " "), mine or "", theirs or "",
                other or "?", f"{kept.kept_at.astimezone():%Y-%m-%d %H:%M}")  # fmt: skip

    def row_id(self, row: "Conflict") -> str | None:
        return str(row.kept.id)


class ConflictsDialog(QDialog):
    sig_loaded = Signal()
    sig_answered = Signal()  # a conflict settled one way or the other

    def __init__(self, window: "MainWindow", parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("conflictsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._window = window
        self._me = window.settings.get(team_work.MEMBER_NAME)
        self.conflicts: list[Conflict] = []
        self.intro = named(QLabel(), "conflictsIntro")
        self.intro.setWordWrap(True)
        self.model = ConflictsModel(self._me, self)
        self.table = named(QTableView(), "conflictsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.state = named(QLabel(), "conflictsState")
        self.state.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_mine = named(QPushButton(), "useMineButton")
        self.keep_theirs = named(QPushButton(), "keepTheirsButton")
        for button in (self.use_mine, self.keep_theirs):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.use_mine.clicked.connect(lambda: self.answer(mine=True))
        self.keep_theirs.clicked.connect(lambda: self.answer(mine=False))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        self.resize(820, 360)
        self.retranslate_ui()
        self.load()

    # --- reading ----------------------------------------------------------------------
    def load(self) -> None:
        db = self._window.db
        if db is None:
            return
        from relationdesk.team.kept import open_conflicts

        self.state.setText(self.tr("Asking the team server…"))
        self._busy(True)
        run_on_own_database(db.path, open_conflicts, self._loaded, self._failed, self)

    def _loaded(self, conflicts: "list[Conflict]") -> None:
        self.conflicts = conflicts
        self.model.set_rows(conflicts)
        self.table.resizeColumnsToContents()
        self.state.setText("" if conflicts else self.tr("No conflicts: nothing was lost."))
        self._busy(False)
        self.sig_loaded.emit()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.state.setText(self.tr("Cannot reach the team server: %1").replace("%1", str(error)))
        self.sig_loaded.emit()

    # --- answering --------------------------------------------------------------------
    def answer(self, *, mine: bool) -> None:
        """Use mine / keep theirs: the kept value is restored when it is the one chosen."""
        row = self.table.currentIndex().row()
        db = self._window.db
        if db is None or not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        restore = mine == mine_was_kept(conflict, self._me)
        conflict_id = conflict.kept.id

        def work(database: "Database") -> None:
            from relationdesk.team import conflicts, kept

            if restore:
                conflicts.restore(database, conflict_id)
            else:
                kept.settle(database, conflict_id)

        self._busy(True)
        run_on_own_database(db.path, work, self._answered, self._failed, self)

    def _answered(self, _result: object) -> None:
        from relationdesk.ui.shared.changes import Topic

        self._window.changes.announce(Topic.CUSTOMERS)  # a restored value is an edit
        self.sig_answered.emit()
        self.load()

    def _busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        self.use_mine.setEnabled(False)
        self.keep_theirs.setEnabled(False)
        if not busy:
            self._enable()

    def _enable(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        chosen = selected and self.table.isEnabled() and bool(self.conflicts)
        self.use_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    # --- texts ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro.setText(self.tr(
            "The same field was changed on two laptops before they synced: the later edit "
            "won everywhere and the other value was kept. Choose which one stays."))
        self.model.retranslate()
        self.use_mine.setText(self.tr("&Use mine"))
        self.keep_theirs.setText(self.tr("&Keep theirs"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
