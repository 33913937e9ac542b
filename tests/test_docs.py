"""The project explains itself: every document the code points at is in the repository."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Design notes kept outside the repository; the code must point at docs/ instead.
OUTSIDE = re.compile(r"(?<![\w/])(DOMAIN|STORIES|DESIGN|TEAM)\.md")
DOCS_LINK = re.compile(r"docs/([\w-]+\.md)")


def _project_files() -> list[Path]:
    folders = ("relationdesk", "tests", "bench", "docs", "packaging")
    files = [ROOT / "README.md", ROOT / "Makefile"]
    for folder in folders:
        files += [p for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".md")]
    return files


def test_no_file_points_at_a_document_outside_the_repository() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _project_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert offenders == []


def test_every_docs_page_the_code_names_exists() -> None:
    named = {
        name
        for path in _project_files()
        for name in DOCS_LINK.findall(path.read_text(encoding="utf-8"))
    }
    assert named, "the code names its docs pages"
    assert sorted(name for name in named if not (ROOT / "docs" / name).exists()) == []


def test_the_domain_page_has_the_sections_the_code_cites() -> None:
    text = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    for number in range(1, 5):
        assert re.search(rf"^## {number}\. ", text, re.MULTILINE), f"§{number} is missing"
