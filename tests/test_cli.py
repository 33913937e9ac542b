"""The command line works without a display."""

import os
import subprocess
import sys
from pathlib import Path

from relationdesk import __version__
from relationdesk.db.connection import open_file


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "relationdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version_and_help_need_no_display() -> None:
    version = _run("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"RelationDesk {__version__}"
    helptext = _run("--help")
    assert helptext.returncode == 0
    assert "demo" in helptext.stdout


def test_demo_fills_the_database(data_dir: Path) -> None:
    result = _run("demo", "--customers", "12")
    assert result.returncode == 0, result.stderr
    conn = open_file(data_dir / "relationdesk.sqlite3")
    assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 12
    conn.close()
