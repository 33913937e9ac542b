"""Settings → Team: join a team (server, user, password: the password goes to the system
keychain, never to settings.ini), see who I am in which team, and leave it (keeping a copy
of the customers I own, or nothing: said plainly before, and confirmed)."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.operation import Operation
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.team import team_work

if TYPE_CHECKING:
    from relationdesk.team.membership import Identity
    from relationdesk.ui.main_window import MainWindow
    from relationdesk.ui.team.team_sync import TeamSync


MIN_PASSWORD = 10


class TeamPage(QWidget):
    def __init__(self, window: "MainWindow", team_sync: "TeamSync") -> None:
        super().__init__()
        self.setObjectName("teamSettingsPage")
        self._window = window
        self._sync = team_sync
        self.stack = QStackedWidget()
        # Not in a team: join one.
        self.join_page = QWidget()
        self.join_intro = named(QLabel(), "joinIntro")
        self.join_intro.setWordWrap(True)
        self.server_edit = named(QLineEdit(), "teamServerEdit")
        self.user_edit = named(QLineEdit(), "teamUserEdit")
        self.password_edit = named(QLineEdit(), "teamPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_edit = named(QLineEdit(), "teamNewPasswordEdit")
        self.repeat_edit = named(QLineEdit(), "teamRepeatPasswordEdit")
        for edit in (self.new_password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_label, self.repeat_label = QLabel(), QLabel()
        self.new_password_label.setBuddy(self.new_password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.server_label, self.user_label, self.password_label = QLabel(), QLabel(), QLabel()
        self.server_label.setBuddy(self.server_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.join_button = named(QPushButton(), "joinTeamButton")
        self.join_button.clicked.connect(self.join)
        self.join_error = named(QLabel(), "joinError")
        self.join_error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.password_label, self.password_edit)
        form.addRow(self.new_password_label, self.new_password_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        column = QVBoxLayout(self.join_page)
        column.addWidget(self.join_intro)
        column.addLayout(form)
        column.addWidget(self.join_button)
        column.addWidget(self.join_error)
        column.addStretch()
        # In a team: who I am, and leaving.
        self.member_page = QWidget()
        self.who_label = named(QLabel(), "teamWhoLabel")
        self.who_label.setWordWrap(True)
        self.leave_box = QGroupBox()
        self.keep_mine = named(QRadioButton(), "leaveKeepMine")
        self.keep_nothing = named(QRadioButton(), "leaveKeepNothing")
        self.keep_mine.setChecked(True)
        self.leave_button = named(QPushButton(), "leaveTeamButton")
        self.leave_button.clicked.connect(self.leave)
        box = QVBoxLayout(self.leave_box)
        box.addWidget(self.keep_mine)
        box.addWidget(self.keep_nothing)
        box.addWidget(self.leave_button)
        self.conflicts_button = named(QPushButton(), "teamConflictsButton")
        self.conflicts_button.clicked.connect(self.show_conflicts)
        column = QVBoxLayout(self.member_page)
        column.addWidget(self.who_label)
        column.addWidget(self.conflicts_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.leave_box)
        column.addStretch()
        self.stack.addWidget(self.join_page)
        self.stack.addWidget(self.member_page)
        QVBoxLayout(self).addWidget(self.stack)
        self.retranslate_ui()
        self.show_state()

    def show_state(self) -> None:
        joined = self._sync.joined()
        self.stack.setCurrentWidget(self.member_page if joined else self.join_page)
        self.join_button.setEnabled(True)
        self.leave_button.setEnabled(True)
        self.retranslate_ui()

    # --- joining ----------------------------------------------------------------------
    def url(self) -> str:
        from relationdesk.team.errors import without_password

        server = self.server_edit.text().strip()
        if "://" not in server:
            server = "postgresql://" + server
        return without_password(server, self.user_edit.text().strip() or None)

    def join(self) -> None:
        if not (self.server_edit.text().strip() and self.user_edit.text().strip()
                and self.password_edit.text()):
            self.join_error.setText(self.tr("Fill in the server, your user and your password."))
            return
        url, password = self.url(), self.password_edit.text()
        new_password = self.new_password_edit.text()
        if new_password != self.repeat_edit.text():
            self.join_error.setText(self.tr("The new password and its repetition differ."))
            return
        if new_password and len(new_password) < MIN_PASSWORD:
            self.join_error.setText(self.tr("Choose a new password of at least %n character(s).",
                                            "", MIN_PASSWORD))
            return
        self.join_button.setEnabled(False)
        self.join_error.setText("")
        Operation["Identity"](self._window, self.tr("Joining the team and syncing…"),
                  name="joinTeamProgress", on_done=self._joined, on_error=self._join_failed,
                  parent=self).write(
            lambda db, _progress: team_work.join(db, url, password, new_password))

    def _joined(self, who: "Identity") -> None:
        for edit in (self.password_edit, self.new_password_edit, self.repeat_edit):
            edit.clear()
        team_work.remember(self._window.settings, who)
        self._window.changes.announce(Topic.DATABASE)  # the team's customers arrived
        self._sync.refresh(start_delay_ms=0)
        self.show_state()

    def _join_failed(self, error: Exception) -> None:
        self.join_button.setEnabled(True)
        kind = team_work.failure_of(error)
        if kind is team_work.Failure.OFFLINE:
            text = self.tr("The team server cannot be reached: check its address and your "
                           "connection. Nothing was changed.")
        elif kind is team_work.Failure.PASSWORD:
            text = self.tr("Wrong user or password. Nothing was changed.")
        else:
            text = self.tr("Could not join the team: %1").replace("%1", str(error))
        self.join_error.setText(text)

    def show_conflicts(self) -> None:
        from relationdesk.ui.team.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self._window, self).open()

    # --- leaving ----------------------------------------------------------------------
    def leave(self) -> None:
        settings = self._window.settings
        keep = self.keep_mine.isChecked()
        what = (self.tr("This laptop stops syncing and keeps a copy of the customers you "
                        "own; your colleagues' customers are removed from it.")
                if keep else
                self.tr("This laptop stops syncing and every customer of the team is removed "
                        "from it, yours included (they stay on the team server)."))
        answer = QMessageBox.question(
            self, self.tr("Leave the team"),
            what + "\n\n" + self.tr("Changes not synced yet are not sent. Leave the team?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        owner = settings.get(team_work.MEMBER_ID)
        self.leave_button.setEnabled(False)
        Operation[None](self._window, self.tr("Leaving the team…"), name="leaveTeamProgress",
                  on_done=self._left, on_error=self._leave_failed, parent=self).write(
            lambda db, _progress: team_work.leave(db, keep, owner))

    def _left(self, _result: object) -> None:
        team_work.remember(self._window.settings, None)
        self._window.changes.announce(Topic.DATABASE)
        self._sync.refresh()
        self.show_state()

    def _leave_failed(self, error: Exception) -> None:
        self.leave_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Leave the team"),
                            self.tr("Could not leave the team: %1").replace("%1", str(error)))

    # --- texts ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        settings = self._window.settings
        self.join_intro.setText(self.tr(
            "Join your team to share customers with your colleagues. Your administrator "
            "gives you the server, your user and a password; the password is kept in the "
            "system keychain."))
        self.server_label.setText(self.tr("&Server:"))
        self.server_edit.setPlaceholderText("postgresql://db.example.com/sales")
        self.user_label.setText(self.tr("&User:"))
        self.password_label.setText(self.tr("&Password:"))
        self.password_edit.setToolTip(self.tr(
            "The one-time password from your administrator, or your own on a second laptop"))
        self.new_password_label.setText(self.tr("&New password:"))
        self.new_password_edit.setPlaceholderText(self.tr(
            "Replaces the one-time password (leave empty on a second laptop)"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.join_button.setText(self.tr("&Join the team"))
        role = (self.tr("manager") if settings.get(team_work.MANAGER)
                else self.tr("salesperson"))
        db = self._window.db
        server = team_work.server_of(db.reader) if db is not None else ""
        self.who_label.setText(
            self.tr("You are %1 (%2) in the team %3.\nServer: %4")
            .replace("%1", settings.get(team_work.MEMBER_NAME) or "?")
            .replace("%2", role)
            .replace("%3", settings.get(team_work.TEAM_NAME) or "?")
            .replace("%4", server))
        self.conflicts_button.setText(self.tr("&Conflicts…"))
        self.leave_box.setTitle(self.tr("Leave the team"))
        self.keep_mine.setText(self.tr("&Keep a copy of the customers I own on this laptop"))
        self.keep_nothing.setText(self.tr("Keep &nothing of the team on this laptop"))
        self.leave_button.setText(self.tr("&Leave the team…"))

    @staticmethod
    def title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("TeamPage", "&Team")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
