"""A dialog with a form that validates on Save and stays open, showing what is wrong.

Nothing is written unless every field is valid; problems are listed in the user's
language under the form and the first wrong field gets the focus.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relationdesk.domain.validation import FieldError
from relationdesk.palette import ERROR_TEXT_STYLE, INVALID_FIELD_STYLE
from relationdesk.services.errors import NotFound, ValidationFailed
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.shared.validation_messages import problem_message

_INVALID_STYLE = INVALID_FIELD_STYLE


class FormScroll(QScrollArea):
    """Asks for the whole form's size (QScrollArea caps its wish at 24 lines), but can
    shrink to a few lines and scroll when the screen is smaller."""

    def sizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().sizeHint()
        return page.sizeHint() + QSize(self.verticalScrollBar().sizeHint().width(), 0)

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().minimumSizeHint()
        width = page.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, 4 * self.fontMetrics().height())


class FormDialog(QDialog):
    sig_saved = Signal(str)  # the id of the saved row

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.error_label = named(QLabel(), "errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_TEXT_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The form scrolls and the buttons stay below it, so Save is reachable however
        # small the screen (1366×768 with a taskbar, 200 % scaling).
        form_page = QWidget()
        form_page.setLayout(self.form)
        self.form_scroll = named(FormScroll(), "formScroll")
        self.form_scroll.setWidget(form_page)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def open_then(self, on_saved: Callable[[str], None]) -> None:
        """Open window-modal (not blocking); call `on_saved(id)` after a successful save."""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sig_saved.connect(on_saved)
        self.open()

    def add_field(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget.focusProxy() is None:
            # A row of several controls: its label's Alt+letter lands on the first one.
            first = next(
                (
                    child
                    for child in widget.findChildren(QWidget)
                    if child.focusPolicy() & Qt.FocusPolicy.TabFocus
                ),
                None,
            )
            if first is not None:
                widget.setFocusProxy(first)
        label.setBuddy(widget)
        self._labels[name] = label
        self._widgets[name] = widget
        self.form.addRow(label, widget)

    def set_label(self, name: str, text: str) -> None:
        self._labels[name].setText(text)

    def save(self) -> str | None:
        """Write the form; return the row id, or None when the user changed their mind."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self._clear_errors()
        if not self._dates_read():
            return
        try:
            saved_id = self.save()
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return
        except NotFound:
            inform_error(
                self,
                QCoreApplication.translate("FormDialog", "Not saved"),
                QCoreApplication.translate(
                    "FormDialog", "This record was deleted meanwhile, so it cannot be saved."
                ),
            )
            self.reject()
            return
        if saved_id is None:
            return
        self.sig_saved.emit(saved_id)
        super().accept()

    def _dates_read(self) -> bool:
        """A date typed that is not a date is said, not saved as the date shown before."""
        from relationdesk.ui.shared.date_field import DateField

        for field in self.findChildren(DateField):
            if field.isEnabled() and not field.is_valid():
                self.error_label.setText(field.problem())
                self.error_label.show()
                field.setFocus()
                return False
        return True

    def show_errors(self, errors: list[FieldError]) -> None:
        messages = []
        for error in errors:
            label = self._labels.get(self._field_of(error))
            messages.append(problem_message(error, label.text().replace("&", "") if label else ""))
            widget = self._widgets.get(self._field_of(error))
            if widget is not None:
                widget.setStyleSheet(_INVALID_STYLE)
        self.error_label.setText("\n".join(messages))
        self.error_label.show()
        first = self._widgets.get(self._field_of(errors[0])) if errors else None
        if first is not None:
            first.setFocus()

    @staticmethod
    def _field_of(error: FieldError) -> str:
        """ "disclosure.2.topic" belongs to the field registered as "disclosure"."""
        return error.field.split(".")[0]

    def _clear_errors(self) -> None:
        self.error_label.hide()
        for widget in self._widgets.values():
            widget.setStyleSheet("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
