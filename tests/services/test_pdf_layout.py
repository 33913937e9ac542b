"""Page layout of every report: a heading is never left alone at the foot of a page."""

import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from relationdesk.services.reports.pdf import ReportDocument, write_pdf


def _page_text(path: Path, page: int) -> str:
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return unicodedata.normalize("NFKC", text)  # the "fi" ligature as two letters


@pytest.mark.parametrize("filler_lines", range(44, 72, 2))
def test_a_heading_stays_with_the_text_it_heads(
    qapp: QApplication, tmp_path: Path, filler_lines: int
) -> None:
    """Whatever the amount of text before it, the heading lands on the page of its text."""
    filler = "".join(f"<p>Line {n} of the text before.</p>" for n in range(filler_lines))
    html = f"<h1>Title</h1>{filler}<h2>Zqx heading</h2><p>Zqx first line under it.</p>"
    target = tmp_path / "layout.pdf"
    pages = write_pdf(ReportDocument("T", "A", html, "footer", "Page %1 of %2"), target)
    on_page = [page for page in range(1, pages + 1) if "Zqx heading" in _page_text(target, page)]
    assert len(on_page) == 1
    assert "Zqx first line under it." in _page_text(target, on_page[0])
