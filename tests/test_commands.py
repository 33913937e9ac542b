"""Every command of `relationdesk` has a test that runs it for real (a subprocess or
cli.main on a real SQLite file in tmp_path) and checks what it says and its exit code:
COMMAND_TESTS names it, and a new command without one fails here. Also the commands
that had no test of their own elsewhere: `report brief` and `selftest`."""

import ast
import os
import subprocess
import sys
from pathlib import Path

from relationdesk.cli.registry import registered
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from tests.test_cli import _run

TESTS = Path(__file__).resolve().parent

# The command → the test (file::function, under tests/) that runs it and checks its output.
COMMAND_TESTS = {
    "gui": "test_private_files.py::test_a_fresh_window_start_leaves_only_private_files",
    "demo": "test_cli.py::test_demo_fills_the_database",
    "backup": "test_maintenance_cli.py::test_backup_writes_a_copy_that_holds_the_data",
    "restore": "test_maintenance_cli.py::"
    "test_restore_brings_a_backup_back_and_keeps_the_replaced_file",
    "check": "test_maintenance_cli.py::test_check_removes_a_foreign_trigger_and_says_so",
    "report": "services/test_customer_review.py::"
    "test_the_command_line_writes_a_review_without_a_display",
    "import": "test_import_cli.py::test_import_reports_then_writes_all_or_nothing",
    "export": "test_exchange_cli.py::test_exports",
    "personal-data": "test_privacy_cli.py::"
    "test_personal_data_leaves_sensitive_texts_out_unless_asked",
    "erase": "test_privacy_cli.py::test_erase_contact_says_what_then_erases_every_trace",
    "merge": "test_privacy_cli.py::test_merge_customers_prints_the_plan_then_merges_or_refuses",
    "team": "team/test_team_cli.py::test_members_are_added_listed_and_removed",
    "sync": "team/test_sync_cli.py::test_join_sync_conflicts_restore_and_status",
    "selftest": "test_commands.py::test_selftest_opens_the_window_on_a_throw_away_folder",
}


def _test_functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_command_has_a_test() -> None:
    assert sorted(registered()) == sorted(COMMAND_TESTS), "name the new command's test here"
    missing = [
        test
        for test in COMMAND_TESTS.values()
        if test.split("::")[1] not in _test_functions(TESTS / test.split("::")[0])
    ]
    assert missing == []


def test_selftest_opens_the_window_on_a_throw_away_folder(data_dir: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    throw_away = tmp_path / "tmp"
    throw_away.mkdir()
    env["TMPDIR"] = str(throw_away)  # where its throw-away data folder goes
    result = subprocess.run(
        [sys.executable, "-m", "relationdesk", "selftest"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 sample customers listed: OK" in result.stdout
    assert not (data_dir / "relationdesk.sqlite3").exists()  # not the user's database
    made = [p for p in throw_away.iterdir() if p.name.startswith("relationdesk-selftest-")]
    assert len(made) == 1 and (made[0] / "relationdesk.sqlite3").exists()


def test_report_brief_writes_a_pdf(db: Database, tmp_path: Path) -> None:
    editing.create_customer(db, CustomerFields(name="Țesătoria Ștefănescu"))
    target = tmp_path / "brief.pdf"

    result = _run("report", "brief", "tesatoria stefanescu", "--out", str(target))

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Written {target}\n"
    assert target.read_bytes().startswith(b"%PDF")
    unknown = _run("report", "brief", "Nobody", "--out", str(tmp_path / "no.pdf"))
    assert unknown.returncode == 1
    assert unknown.stderr == "relationdesk: no customer is named 'Nobody'\n"
    assert not (tmp_path / "no.pdf").exists()


def test_no_command_reaches_into_argparses_private_parts() -> None:
    """Commands add their own sub-parsers (cli/registry.py): argparse's `_actions` and
    `_SubParsersAction` may change in any Python release."""
    cli = TESTS.parent / "relationdesk" / "cli"
    private = [
        f"{path.relative_to(cli)}:{node.lineno}"
        for path in cli.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr in ("_actions", "_SubParsersAction", "_subparsers")
    ]
    assert private == []
