"""A date field that takes a date as it is typed: "12/11/26" in the order of the user's
locale, "2026-11-12", or a word: "fri", "+3d", "tomorrow" (and the same in Italian,
Indonesian and Romanian). Qt's QDateEdit steps through sections as you type, so
"12/11/26" after Tab became 12/10/11; this field reads the whole text when you leave it
(domain/date_input.py), shows the date it understood, and Up/Down move it a day.
A calendar button serves the mouse.
"""

from datetime import date as PyDate

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from relationdesk.domain.date_input import ENGLISH, DateWords, FieldOrder, parse_date
from relationdesk.l10n.formatting import qdate
from relationdesk.palette import INVALID_FIELD_STYLE


def _python(day: QDate) -> PyDate:
    return PyDate(day.year(), day.month(), day.day())


def _spellings(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(",") if word.strip())


def locale_order(locale: QLocale) -> FieldOrder:
    """Which of day, month and year the locale's short date writes first."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = sorted((pattern.find(letter), letter) for letter in "dMy" if letter in pattern)
    first = positions[0][1] if positions else "d"
    return {"d": FieldOrder.DMY, "M": FieldOrder.MDY, "y": FieldOrder.YMD}[first]


def local_words(locale: QLocale) -> DateWords:
    """The user's words: translated, with the locale's own weekday names."""
    def words(text: str) -> tuple[str, ...]:
        return _spellings(text)

    return DateWords(
        today=words(
            QCoreApplication.translate("DateField", "today", "typed in a date field; spellings")
        ),
        tomorrow=words(
            QCoreApplication.translate("DateField", "tomorrow", "typed in a date field; spellings")
        ),
        yesterday=words(
            QCoreApplication.translate("DateField", "yesterday", "typed in a date field; spellings")
        ),
        weekdays=tuple(
            (
                locale.dayName(day, QLocale.FormatType.LongFormat),
                locale.dayName(day, QLocale.FormatType.ShortFormat).rstrip("."),
            )
            for day in range(1, 8)
        ),
        days=words(
            QCoreApplication.translate("DateField", "d, day, days", "after a number: +3d")
        ),
        weeks=words(
            QCoreApplication.translate("DateField", "w, wk, week, weeks", "after a number: +2w")
        ),
        months=words(
            QCoreApplication.translate("DateField", "m, mo, month, months", "after a number: +1m")
        ),
    )


class DateField(QWidget):
    dateChanged = Signal(QDate)  # named as QDateEdit's, so it replaces one as is

    def __init__(self, day: QDate | PyDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._minimum: QDate | None = None
        self._maximum: QDate | None = None
        self._valid = True
        self.line = QLineEdit()
        self.line.setObjectName("dateText")
        self.line.editingFinished.connect(self.interpret)
        self.line.installEventFilter(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar_menu = QMenu(self)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_menu.aboutToShow.connect(self._calendar_opening)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setMenu(self.calendar_menu)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)  # the date keeps its width, the button stays beside it
        self.setFocusProxy(self.line)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00 ww") + 16)
        self.retranslate_ui()
        self.setDate(day if day is not None else QDate.currentDate())

    # --- the QDateEdit face the dialogs use ----------------------------------------------
    def date(self) -> QDate:
        """The date shown; text typed and not yet read is read first (Ctrl+Enter saves
        without leaving the field)."""
        if self.line.isModified():
            self.interpret()
        return QDate(self._date)

    def setDate(self, day: QDate | PyDate) -> None:
        wanted = qdate(day) if isinstance(day, PyDate) else QDate(day)
        changed = wanted != self._date
        self._date = wanted
        self._show(valid=True)
        if changed:
            self.dateChanged.emit(QDate(wanted))

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = QDate(day)

    def setMaximumDate(self, day: QDate) -> None:
        self._maximum = QDate(day)

    def is_valid(self) -> bool:
        """False while the text typed is not a date (or outside the allowed range)."""
        if self.line.isModified():
            self.interpret()
        return self._valid

    def problem(self) -> str:
        return QCoreApplication.translate(
            "DateField",
            "“%1” is not a date. Type one such as %2, or a word such as “fri”, "
            "“+3d” or “tomorrow”.",
        ).replace("%1", self.line.text()).replace("%2", self._format(QDate.currentDate()))

    # --- reading and showing ------------------------------------------------------------
    def interpret(self) -> None:
        """Read what was typed; keep the text and mark it when it is not a date."""
        self.line.setModified(False)
        locale = QLocale()
        found = parse_date(
            self.line.text(),
            _python(QDate.currentDate()),
            locale_order(locale),
            (local_words(locale), ENGLISH),
        )
        day = qdate(found) if found is not None else None
        if day is None or not self._allowed(day):
            self._show(valid=False)
            return
        self.setDate(day)

    def _allowed(self, day: QDate) -> bool:
        too_early = self._minimum is not None and day < self._minimum
        too_late = self._maximum is not None and day > self._maximum
        return not (too_early or too_late)

    def _format(self, day: QDate) -> str:
        return QLocale().toString(day, QLocale.FormatType.ShortFormat)

    def _show(self, valid: bool) -> None:
        self._valid = valid
        if valid:
            self.line.setText(self._format(self._date))
            self.line.setModified(False)
        self.line.setStyleSheet("" if valid else INVALID_FIELD_STYLE)
        self.line.setToolTip("" if valid else self.problem())

    def _step(self, days: int) -> None:
        day = self.date().addDays(days)
        if self._allowed(day):
            self.setDate(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move the date a day, as in QDateEdit."""
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
            if step is not None:
                self._step(step)
                return True
        return super().eventFilter(watched, event)

    def _calendar_opening(self) -> None:
        if self._minimum is not None:
            self.calendar.setMinimumDate(self._minimum)
        if self._maximum is not None:
            self.calendar.setMaximumDate(self._maximum)
        self.calendar.setSelectedDate(self.date())
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar_menu.close()
        self.setDate(day)
        self.line.setFocus()

    def retranslate_ui(self) -> None:
        self.line.setPlaceholderText(self._format(QDate.currentDate()))
        text = QCoreApplication.translate("DateField", "Choose from a calendar")
        self.calendar_button.setToolTip(text)
        self.calendar_button.setAccessibleName(text)
        # The typed text is what a screen reader lands on: it says the field's name.
        self.line.setAccessibleName(
            self.accessibleName() or QCoreApplication.translate("DateField", "Date")
        )
        if self._valid:
            self._show(valid=True)  # in the new language's date format

    def setAccessibleName(self, name: str) -> None:
        """Named by its form (ui/shared/qt_helpers.describe): the typed text says it too."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
