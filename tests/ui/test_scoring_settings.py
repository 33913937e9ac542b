"""Scoring preferences: set in the settings dialog, applied to every customer's scores."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.evidence import Principle
from relationdesk.domain.meetings import MeetingFields
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log, scores
from relationdesk.services.meeting_directory import MeetingDirectory
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.settings.settings_dialog import SettingsDialog
from tests.ui.helpers import child, find_dialog

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@pytest.fixture(autouse=True)
def default_scoring():  # type: ignore[no-untyped-def]
    yield
    scores.configure_from(180, "1,1,1,1,1")  # the preferences are app-wide: reset them


def test_changing_weights_rescores_every_customer(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    for days in (1, 2):
        evidence_log.save_ratings(
            db,
            customer,
            {Principle.RECIPROCITY: (5, ""), Principle.LOYALTY: (1, "")},
            NOW - timedelta(days=days),
        )
    before = db.reader.execute("SELECT health_score FROM customer").fetchone()[0]
    assert before == pytest.approx(50.0)
    window.open_settings()
    dialog = find_dialog(window, SettingsDialog)
    dialog.weight_spins[Principle.LOYALTY].setValue(0.0)  # loyalty no longer counts
    qtbot.mouseClick(
        child(dialog, QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert window.settings.get(keys.SCORE_WEIGHTS) == "1,1,1,0,1"
    qtbot.waitUntil(
        lambda: (
            db.reader.execute("SELECT health_score FROM customer").fetchone()[0]
            == pytest.approx(100.0)
        ),
        timeout=10000,
    )


def test_impossible_preferences_fall_back_to_the_defaults() -> None:
    applied = scores.configure_from(-5, "x,y")
    assert applied.half_life_days == 180
    assert scores.weights_from_text("2,0,abc") == {
        Principle.RECIPROCITY: 2.0,
        Principle.AUTONOMY: 0.0,
        Principle.INTEGRITY: 1.0,
        Principle.LOYALTY: 1.0,
        Principle.EQUITY: 1.0,
    }


def test_meeting_ratings_keep_their_note_and_edits_replace_them(db: Database) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați"))
    meeting = meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=NOW,
            ratings={"integrity": 4, "loyalty": 5},
            ratings_note="Au ținut promisiunea",
        ),
    )
    fields = MeetingDirectory(db.reader).meeting_fields(meeting)
    assert fields is not None
    assert fields.ratings == {"integrity": 4, "loyalty": 5}
    assert fields.ratings_note == "Au ținut promisiunea"
    fields.ratings = {"integrity": 2}
    meeting_log.save_meeting(db, fields, meeting)
    rows = db.reader.execute("SELECT principle, rating, note FROM principle_rating").fetchall()
    assert rows == [("integrity", 2, "Au ținut promisiunea")]
