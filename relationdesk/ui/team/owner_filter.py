"""In a team, the customer list shows whose each customer is (the owner column names the
member) and can show everyone's, mine or one colleague's; a manager reassigns the selected
customers to another member. Nothing of it shows without a team."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QInputDialog, QLabel, QPushButton

from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.team import team_directory, team_work

if TYPE_CHECKING:
    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace
    from relationdesk.ui.main_window import MainWindow


class OwnerFilter(QObject):
    def __init__(self, window: "MainWindow", workspace: "CustomerWorkspace") -> None:
        super().__init__(workspace)
        self._window = window
        self._workspace = workspace
        self.label = QLabel()
        self.combo = named(QComboBox(), "ownerFilterCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        self.reassign_button = named(QPushButton(), "reassignButton")
        self.reassign_button.clicked.connect(self.reassign)
        row = workspace.filter_row
        at = row.count() - 1  # before the stretch
        for widget in (self.reassign_button, self.combo, self.label):
            row.insertWidget(at, widget)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.refresh()

    def members(self) -> list[tuple[str, str]]:
        db = self._window.db
        return [] if db is None else team_directory.members(db.path)

    def refresh(self) -> None:
        """After a sync (the directory may have changed), joining or leaving."""
        db = self._window.db
        joined = db is not None and team_work.joined(db.reader)
        manager = joined and bool(self._window.settings.get(team_work.MANAGER))
        for widget in (self.label, self.combo):
            widget.setVisible(joined)
        self.reassign_button.setVisible(manager)
        self._workspace.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection if manager
            else QAbstractItemView.SelectionMode.SingleSelection)
        members = self.members() if joined else []
        self._workspace.model.owner_names = dict(members)
        chosen = self.combo.currentData() or ""
        me = team_directory.me(db.path) if db is not None else ""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Everyone's customers"), "")
        if me:
            self.combo.addItem(self.tr("My customers"), me)
        for member_id, name in members:
            if member_id != me:
                self.combo.addItem(self.tr("%1's customers").replace("%1", name), member_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)
        self.label.setText(self.tr("O&wner:"))
        self.reassign_button.setText(self.tr("&Reassign…"))
        self.reassign_button.setToolTip(self.tr("Give the selected customers to another member"))
        if not joined:
            self._workspace.model.set_owner("")

    def _chosen(self) -> None:
        self._workspace.model.set_owner(self.combo.currentData() or "")
        self._workspace.update_count()

    def selected_ids(self) -> list[str]:
        model, view = self._workspace.model, self._workspace.view
        ids = [model.customer_id(index.row()) for index in view.selectionModel().selectedRows()]
        return [i for i in ids if i is not None]

    def reassign(self, _checked: bool = False, member_id: str | None = None) -> int:
        """Give the selected customers to a member (asked for unless given)."""
        db = self._window.db
        ids = self.selected_ids()
        if db is None or not ids:
            return 0
        if member_id is None:
            members = self.members()
            names = [name for _id, name in members]
            name, ok = QInputDialog.getItem(
                self._window, self.tr("Reassign customers"),
                self.tr("Give %n customer(s) to:", "", len(ids)), names, 0, False)
            if not ok or name not in names:
                return 0
            member_id = members[names.index(name)][0]
        from relationdesk.team.membership import reassign

        changed = reassign(db, ids, member_id)
        self._window.changes.announce(Topic.CUSTOMERS, customer_ids=ids)  # synced soon
        return changed
