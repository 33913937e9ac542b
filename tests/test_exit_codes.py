"""Every command-line command ends with a code of the one ExitCode set, never a bare number."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "relationdesk"


def test_no_command_returns_a_bare_number() -> None:
    modules = sorted((PACKAGE / "cli").rglob("*.py"))
    assert len(modules) >= 8, "the command modules are where this test looks"
    bare = [
        f"{module.relative_to(PACKAGE)}:{node.lineno}"
        for module in modules
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Return)
        and isinstance(node.value, ast.Constant)
        and type(node.value.value) is int
    ]
    assert bare == []
