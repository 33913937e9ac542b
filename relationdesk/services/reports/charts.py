"""Charts for the PDF reports: matplotlib figures (never pyplot, imported on first use)
rendered at print resolution and handed to the document as images."""

import io
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from relationdesk import palette, paths

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PRINT_DPI = 200  # sharp on paper, a few hundred kB per chart
TEXT = palette.PRINT_TEXT
GRID = palette.GRID


def new_figure(width_in: float, height_in: float) -> "Figure":
    os.environ.setdefault("MPLCONFIGDIR", str(paths.data_dir() / "matplotlib"))
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_in, height_in), layout="constrained")
    figure.set_facecolor("white")
    return figure


def to_image(figure: "Figure") -> QImage:
    """The figure as a print-resolution image (Agg, no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PRINT_DPI, facecolor="white")
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def chart_image(width_in: float, height_in: float, draw: Callable[["Figure"], None]) -> QImage:
    figure = new_figure(width_in, height_in)
    draw(figure)
    return to_image(figure)


def image_tag(name: str, width_in: float) -> str:
    """<img> for a chart added to the document as `name`, `width_in` inches wide on the
    page (QTextDocument lays out at 96 px per inch)."""
    return f'<img src="{name}" width="{round(width_in * 96)}">'
