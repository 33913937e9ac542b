"""The data folder is the user's alone: 0700 folders and 0600 files after a fresh start
(the window and a command), an older world-readable folder repaired and logged; and
the partial backups and restores a killed process left behind are removed at the next
start. The app runs in a subprocess with the usual umask 022, as a user's would."""

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from relationdesk.app import application, start
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.services.backup import MANUAL, create_backup
from tests.test_cli import _run
from tests.ui.test_app_start import _dispose

QUIT_AFTER_MS = "4500"  # after the start-up backup (3 s after the database is open)


def _run_window(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONDESK_QUIT_AFTER_MS=QUIT_AFTER_MS)
    env["RELATIONDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "relationdesk", "--language", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def _readable_by_others(folder: Path) -> list[str]:
    found = [] if stat.S_IMODE(folder.stat().st_mode) == 0o700 else [f". {folder.stat().st_mode:o}"]
    for path in sorted(folder.rglob("*")):
        if not path.is_symlink() and path.lstat().st_mode & 0o077:
            found.append(f"{path.relative_to(folder)} {stat.S_IMODE(path.lstat().st_mode):o}")
    return found


def test_a_fresh_window_start_leaves_only_private_files(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    result = _run_window(data)
    assert result.returncode == 0, result.stderr
    names = {p.relative_to(data).as_posix() for p in data.rglob("*")}
    assert {"relationdesk.sqlite3", "settings.ini", "logs/relationdesk.log"} <= names
    assert _readable_by_others(data) == []


def test_fresh_commands_leave_only_private_files(data_dir: Path) -> None:
    for command in (("demo", "--customers", "3"), ("backup",)):
        result = _run(*command)
        assert result.returncode == 0, result.stderr
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert _readable_by_others(data_dir) == []


def test_an_open_folder_is_repaired_at_start_and_the_log_says_so(tmp_path: Path) -> None:
    data = tmp_path / "old"
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours", encoding="utf-8")
    outside.chmod(0o644)
    _run_window(data)  # a first start makes the database, the log, the settings
    (data / "backups").mkdir(exist_ok=True)
    (data / "backups" / "relationdesk-20260101-000000-manual.sqlite3").write_bytes(b"")
    (data / "link-out").symlink_to(outside)
    for path in [data, *data.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)  # as an older version left them

    result = _run_window(data)
    assert result.returncode == 0, result.stderr
    assert _readable_by_others(data) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link out is not followed
    log = (data / "logs" / "relationdesk.log").read_text(encoding="utf-8")
    assert "took their permissions off" in log
    assert "not ours" not in log


def _leftovers(db: Database) -> tuple[Path, Path, Path]:
    folder = db.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    old = folder / ".relationdesk-20260101-000000-auto.sqlite3.partial"
    restoring = db.path.with_name(".relationdesk.sqlite3.restoring")
    young = folder / ".relationdesk-20260102-000000-auto.sqlite3.partial"
    long_ago = time.time() - 24 * 3600  # left by a backup killed yesterday
    for path in (old, restoring, young):
        open_file(path).close()
        path.write_bytes(b"a copy of every customer")
    for path in (old, restoring):
        os.utime(path, (long_ago, long_ago))
    return old, restoring, young


def test_a_killed_backups_leftovers_are_removed_at_the_next_start(
    qtbot: QtBot, db: Database
) -> None:
    old, restoring, young = _leftovers(db)
    db.close()
    window = start(application(), "en")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert not old.exists() and not restoring.exists()
    assert young.exists()  # maybe a backup another process is making right now
    _dispose(window)


def test_a_backup_removes_old_leftovers_first(db: Database) -> None:
    old, restoring, young = _leftovers(db)
    create_backup(db.path, MANUAL)
    assert not old.exists() and not restoring.exists() and young.exists()
