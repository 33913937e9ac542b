from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import settings_file
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AttachedWindow


@pytest.fixture
def switcher() -> Iterator[LanguageSwitcher]:
    app = QApplication.instance()
    assert app is not None
    languages = LanguageSwitcher(app)
    languages.apply("en")
    yield languages
    languages.apply("en")


@pytest.fixture
def window(qtbot: QtBot, db: Database, switcher: LanguageSwitcher) -> Iterator[AttachedWindow]:
    main = MainWindow(Settings(settings_file()), switcher)
    main.attach(db)
    with qtbot.waitSignal(main.sig_first_painted):  # shortcuts are installed then
        main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # widget-scoped shortcuts (Delete) need an active window
    qtbot.waitUntil(main.isActiveWindow)
    yield cast(AttachedWindow, main)
    # Close and destroy before the database closes: closing saves the selection, and a
    # later language switch must not reach a window whose database is gone.
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
