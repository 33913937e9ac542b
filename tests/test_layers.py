"""Architecture rules that a test can keep: layer direction and a lean start-up path."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "relationdesk"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_lower_layers_do_not_import_widgets_or_ui() -> None:
    offenders = []
    for layer in ("domain", "db", "services"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if "QtWidgets" in name or name.startswith("relationdesk.ui"):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_domain_is_pure_python() -> None:
    offenders = [
        f"{path.name}: {name}"
        for path in (PACKAGE / "domain").rglob("*.py")
        for name in _imports(path)
        if name.startswith(("PySide6", "sqlalchemy", "sqlmodel", "sqlite3"))
    ]
    assert offenders == []


def test_start_up_path_does_not_import_heavy_libraries() -> None:
    """SQLAlchemy, Alembic and matplotlib cost ~0.35 s each: not before the first paint,
    nor before the customer list is filled (the workspace is built right after)."""
    code = (
        "import sys, relationdesk.app, relationdesk.cli,"
        " relationdesk.ui.customers.customer_workspace, relationdesk.ui.meetings.today_view;"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'matplotlib')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
