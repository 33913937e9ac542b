"""Colours live in relationdesk/palette.py alone, so one meaning has one colour."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "relationdesk"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_no_colour_is_written_outside_the_palette() -> None:
    written = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX_COLOUR.search(line)
    ]
    assert written == []


def test_the_palette_holds_colours() -> None:
    from relationdesk import palette

    assert HEX_COLOUR.fullmatch(palette.BAD) and palette.BAD in palette.ERROR_TEXT_STYLE
