"""Every command scores with the user's scoring preferences, as the window does: they are
applied where a command opens the database (cli/database.py), and the sample portfolio
is scored with them too. tests/ui/test_cli_window_scores.py compares a merge made both ways."""

import ast
from contextlib import closing
from pathlib import Path

import pytest

from relationdesk import settings as keys
from relationdesk.db.connection import open_file
from relationdesk.paths import settings_file
from relationdesk.settings import Settings
from tests.test_cli import _run

CLI = Path(__file__).resolve().parents[1] / "relationdesk" / "cli"


def test_demo_scores_the_samples_with_the_saved_preferences(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    saved = Settings(settings_file())
    saved.set(keys.SCORE_WEIGHTS, "0,0,0,0,1")  # only equity counts
    saved.set(keys.SCORE_HALF_LIFE_DAYS, 30)
    saved.sync()

    demo = _run("demo", "--customers", "40")

    assert demo.returncode == 0, demo.stderr
    with closing(open_file(data_dir / "relationdesk.sqlite3")) as conn:
        rows = conn.execute(
            "SELECT health_score, equity_score FROM customer WHERE equity_score IS NOT NULL"
        ).fetchall()
    assert rows
    assert all(health == pytest.approx(equity) for health, equity in rows)


def test_commands_open_the_database_only_through_open_for_command() -> None:
    """open_for_command applies the preferences: a command opening the database another
    way would score with the defaults."""
    offenders = [
        f"{path.relative_to(CLI)}:{node.lineno}"
        for path in CLI.rglob("*.py")
        if path.name != "database.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Name | ast.Attribute)
        and (node.id if isinstance(node, ast.Name) else node.attr) == "open_database"
    ]
    assert offenders == []
