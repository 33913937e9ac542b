"""The CSV import's second page: what would be imported, the rows with problems (by
line, in the user's language) and the duplicates with skip / merge / create each."""

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.domain.csv_import_plan import Choice, ImportPlan
from relationdesk.ui.exchange.csv_import_models import (
    CHOICE_ROLE,
    CsvDuplicatesModel,
    CsvProblemsModel,
)
from relationdesk.ui.exchange.csv_import_texts import choice_label
from relationdesk.ui.shared.qt_helpers import WARNING_BANNER_STYLE, named

_Index = QModelIndex | QPersistentModelIndex
_COMBOS_SHOWN = 200  # more duplicates than this: the combo opens on a click
_VALUE_WIDTH = 220


class ChoiceDelegate(QStyledItemDelegate):
    """Skip / Merge / Create new, as a combo box in the table."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = named(QComboBox(parent), "duplicateChoiceEditor")
        for choice in Choice:
            combo.addItem(choice_label(choice), choice.value)
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CHOICE_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CHOICE_ROLE)


class CsvReportPage(QWidget):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("csvReportPage")
        self._plan: ImportPlan | None = None
        self.summary_label = named(QLabel(), "importSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.problems_label = named(QLabel(), "problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(WARNING_BANNER_STYLE)
        self.problems_model = CsvProblemsModel(self)
        self.problems_view = _table(self.problems_model, "problemsView")
        self.skip_invalid_box = named(QCheckBox(), "skipInvalidBox")
        self.duplicates_label = named(QLabel(), "duplicatesLabel")
        self.duplicates_label.setWordWrap(True)
        self.duplicates_model = CsvDuplicatesModel(self)
        self.duplicates_view = _table(self.duplicates_model, "duplicatesView")
        self.duplicates_view.setItemDelegateForColumn(
            CsvDuplicatesModel.ACTION_COLUMN, ChoiceDelegate(self.duplicates_view)
        )
        header = self.duplicates_view.horizontalHeader()
        header.setStretchLastSection(False)  # the explanation takes the room, not the combo
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.duplicates_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.all_label = QLabel()
        self.all_combo = named(QComboBox(), "allDuplicatesCombo")
        for choice in Choice:
            self.all_combo.addItem("", choice.value)
        self.all_label.setBuddy(self.all_combo)
        self.all_combo.activated.connect(self._choose_for_all)
        all_row = QHBoxLayout()
        all_row.addWidget(self.all_label)
        all_row.addWidget(self.all_combo)
        all_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.skip_invalid_box)
        layout.addWidget(self.duplicates_label)
        layout.addLayout(all_row)
        layout.addWidget(self.duplicates_view, 1)
        self.retranslate_ui()

    def show_plan(self, plan: ImportPlan, default: Choice = Choice.SKIP) -> None:
        self._plan = plan
        self.problems_model.set_problems(plan.problems)
        self.duplicates_model.set_duplicates(plan.duplicates, default)
        self.all_combo.setCurrentIndex(self.all_combo.findData(default.value))
        self.skip_invalid_box.setChecked(False)
        has_problems, has_duplicates = bool(plan.problems), bool(plan.duplicates)
        problem_widgets: tuple[QWidget, ...] = (
            self.problems_label,
            self.problems_view,
            self.skip_invalid_box,
        )
        for widget in problem_widgets:
            widget.setVisible(has_problems)
        duplicate_widgets: tuple[QWidget, ...] = (
            self.duplicates_label,
            self.all_label,
            self.all_combo,
            self.duplicates_view,
        )
        for widget in duplicate_widgets:
            widget.setVisible(has_duplicates)
        self.retranslate_ui()
        self.problems_view.resizeColumnToContents(0)
        self.problems_view.resizeColumnToContents(1)
        if self.problems_view.columnWidth(1) > _VALUE_WIDTH:  # a long note is cut
            self.problems_view.setColumnWidth(1, _VALUE_WIDTH)
        if len(plan.duplicates) <= _COMBOS_SHOWN:  # visible combos say "you can choose"
            column = CsvDuplicatesModel.ACTION_COLUMN
            for row in range(len(plan.duplicates)):
                self.duplicates_view.openPersistentEditor(self.duplicates_model.index(row, column))
        self.duplicates_view.resizeColumnsToContents()

    def _choose_for_all(self) -> None:
        self.duplicates_model.set_all(Choice(self.all_combo.currentData()))

    def default_choice(self) -> Choice:
        return Choice(self.all_combo.currentData())

    def retranslate_ui(self) -> None:
        plan = self._plan
        for index in range(self.all_combo.count()):
            self.all_combo.setItemText(index, choice_label(Choice(self.all_combo.itemData(index))))
        self.all_label.setText(self.tr("For &every duplicate:"))
        self.skip_invalid_box.setText(
            self.tr("Import the other rows and &leave out the rows with problems")
        )
        self.duplicates_label.setText(
            self.tr(
                "Already there: choose for each whether to skip it, merge it into the one "
                "there (its empty fields are filled, notes added) or create a new one."
            )
        )
        if plan is None:
            return
        customers = self.tr("%n customers", "", len(plan.customers))
        contacts = self.tr("%n contacts", "", plan.contacts)
        self.summary_label.setText(
            self.tr("%n rows read: %1 and %2 are ready to import.", "", plan.rows)
            .replace("%1", customers)
            .replace("%2", contacts)
        )
        self.problems_label.setText(
            self.tr(
                "%n rows have problems. Nothing is imported until they are corrected in "
                "the file, or you choose to leave them out.",
                "",
                plan.rows_with_problems,
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    view = named(QTableView(), name)
    view.setTabKeyNavigation(False)  # Tab moves on, out of the table
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(True)
    return view
