"""Small builders for the HTML subset QTextDocument lays out (escaped text, headed
tables, key/value blocks), shared by the reports."""

import html
from collections.abc import Iterable, Sequence


def esc(text: object) -> str:
    return html.escape(str(text))


def heading(level: int, text: str) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def paragraph(text: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{esc(text)}</p>"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    numbers: Iterable[int] = (),
    widths: Sequence[int] | None = None,
) -> str:
    """A grid table; `numbers` are right-aligned column indexes; `widths` in percent."""
    right = set(numbers)

    def cell(tag: str, index: int, text: str) -> str:
        css = ' class="num"' if index in right else ""
        width = f' width="{widths[index]}%"' if widths else ""
        return f"<{tag}{css}{width}>{esc(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return (
        '<table class="grid" width="100%" cellspacing="0">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """Label: value lines, labels in bold, in a borderless two-column table."""
    rows = "".join(
        f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>" for label, value in pairs
    )
    return f'<table cellspacing="0" cellpadding="2">{rows}</table>'
