"""The command line and the window score alike: both read the scoring preferences from
the same settings.ini (services/scores.use_preferences), so a merge made with
`relationdesk merge customers … --yes` leaves the kept customer the health the same merge
made from the window leaves it, under preferences that are not the defaults."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.evidence import Principle
from relationdesk.paths import DATA_DIR_ENV, settings_file
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, scores
from relationdesk.settings import Settings
from relationdesk.ui.customers.merge_flow import merge_selected_customer
from tests.ui.helpers import AttachedWindow
from tests.ui.test_merge import _pick

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
HEALTH = "SELECT health_score FROM customer WHERE name = 'Alfa Textile'"


@pytest.fixture
def preferences(data_dir: Path) -> Iterator[Path]:
    """Only equity counts, and evidence weighs half after 30 days (not 180): saved before
    the window starts, as the settings dialog saves them."""
    data_dir.mkdir(parents=True, exist_ok=True)
    saved = Settings(settings_file())
    saved.set(keys.SCORE_WEIGHTS, "0,0,0,0,1")
    saved.set(keys.SCORE_HALF_LIFE_DAYS, 30)
    saved.sync()
    yield settings_file()
    scores.configure_from(180, "1,1,1,1,1")  # the preferences are app-wide: reset them


def _rate(db: Database, customer: str, ratings: dict[Principle, int], days_ago: int) -> None:
    evidence_log.save_ratings(
        db, customer, {p: (r, "") for p, r in ratings.items()}, NOW - timedelta(days=days_ago)
    )


def _merge_with_the_command_line(db: Database, settings_ini: Path, folder: Path) -> float:
    """The same database and settings.ini in their own data folder, merged there by
    `relationdesk merge customers` in a process of its own, as a user runs it."""
    folder.mkdir()
    with (
        closing(open_file(db.path)) as source,
        closing(open_file(folder / db.path.name)) as copy,
    ):
        source.backup(copy)
    (folder / settings_ini.name).write_bytes(settings_ini.read_bytes())
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env[DATA_DIR_ENV] = str(folder)
    merged = subprocess.run(
        [sys.executable, "-m", "relationdesk", "merge", "customers", "Alfa Textile",
         "Beta Textile", "--yes"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "Merged 'Beta Textile' into 'Alfa Textile'." in merged.stdout
    with closing(open_file(folder / db.path.name)) as conn:
        return float(conn.execute(HEALTH).fetchone()[0])


def test_a_merge_scores_the_same_from_the_command_line_and_the_window(
    qtbot: QtBot,
    preferences: Path,
    window: AttachedWindow,
    db: Database,
    tmp_path: Path,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    kept = editing.create_customer(db, CustomerFields(name="Alfa Textile"))
    other = editing.create_customer(db, CustomerFields(name="Beta Textile"))
    _rate(db, kept, {Principle.RECIPROCITY: 5, Principle.EQUITY: 5}, days_ago=2)
    _rate(db, other, {Principle.LOYALTY: 5, Principle.EQUITY: 1}, days_ago=90)
    _rate(db, other, {Principle.EQUITY: 2}, days_ago=20)
    by_command_line = _merge_with_the_command_line(db, preferences, tmp_path / "cli")

    window.workspace.refresh(select_id=other)
    dialog = merge_selected_customer(window)
    assert dialog is not None
    _pick(qtbot, dialog, "alfa")  # the picked customer is the one kept
    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.sig_merged):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    by_window = float(db.reader.execute(HEALTH).fetchone()[0])

    assert by_command_line == pytest.approx(by_window)
    equity = db.reader.execute(
        "SELECT equity_score FROM customer WHERE name = 'Alfa Textile'"
    ).fetchone()[0]
    assert by_window == pytest.approx(equity)  # only equity counts: the settings were used
