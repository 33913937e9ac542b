"""Turn an HTML body into a paginated PDF: A4 or Letter as the language's locale uses,
a footer with the report's title and "page N of M" on every page, metadata set, fonts
embedded (Qt embeds the subset of every font it draws with), written atomically.

Qt's PDF engine needs a QGuiApplication (offscreen is enough: no display)."""

from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from relationdesk import palette
from relationdesk.domain.progress import Cancelled, Progress
from relationdesk.services.atomic_file import replaced_by_path

RESOLUTION = 300  # dots per inch of the PDF's drawing space
MARGIN_MM = 16.0
FOOTER_MM = 8.0
BODY_FONT = "DejaVu Sans"  # every letter of Italian, Indonesian and Romanian (ș ț ă î â)
BODY_POINTS = 9.5


class ReportCancelled(Cancelled):
    """The user cancelled: nothing was written, an older file is untouched."""


@dataclass
class ReportDocument:
    title: str
    author: str
    html: str
    footer: str  # left of the page number, e.g. "Carpați Industrial · customer review"
    page_label: str  # "Page %1 of %2" in the report's language
    letter: bool = False  # US Letter instead of A4
    images: dict[str, QImage] = field(default_factory=dict)  # "chart:radar" -> image


def _text_document(report: ReportDocument, width: float, height: float) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(BODY_FONT)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    for name, image in report.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(report.html)
    document.setPageSize(QSizeF(width, height))
    _keep_headings_with_next(document, height)
    return document


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """A heading left alone at the foot of a page moves to the next one, with the text it
    heads. In document order, so each move is laid out before the next heading is seen."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            top = layout.blockBoundingRect(block).top()
            page = int(top // page_height)
            at_page_top = top - page * page_height < 1
            if (
                not at_page_top
                and int(layout.blockBoundingRect(following).top() // page_height) > page
            ):
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
        block = following


def write_pdf(
    report: ReportDocument,
    target: Path,
    on_page: Progress | None = None,
) -> int:
    """Write `report` to `target` through a temporary file in the same folder, renamed
    over `target` only when complete. `on_page(done, total)` returning False cancels.
    Returns the number of pages."""
    with replaced_by_path(Path(target), prefix=".report-", suffix=".pdf") as temp:
        return _paint(report, temp, on_page)


def _paint(report: ReportDocument, path: Path, on_page: Progress | None) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(report.title)
    writer.setAuthor(report.author)
    writer.setCreator("RelationDesk")
    size = QPageSize.PageSizeId.Letter if report.letter else QPageSize.PageSizeId.A4
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page_rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    dots_per_mm = RESOLUTION / 25.4
    footer_height = FOOTER_MM * dots_per_mm
    body = QRectF(0, 0, page_rect.width(), page_rect.height() - footer_height)
    # Lay the text out at 96 dpi, as a screen would, then scale: font sizes stay points.
    scale = RESOLUTION / 96
    document = _text_document(report, body.width() / scale, body.height() / scale)
    total = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        footer_font = QFont(BODY_FONT)
        footer_font.setPointSizeF(7.5)
        for page in range(total):
            if on_page is not None and not on_page(page, total):
                raise ReportCancelled()
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * body.height() / scale)
            clip = QRectF(0, page * body.height() / scale, body.width() / scale,
                          body.height() / scale)  # fmt: skip
            document.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(0, body.height(), body.width(), footer_height)
            painter.drawLine(footer.topLeft(), footer.topRight())
            flags = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(footer, flags | Qt.AlignmentFlag.AlignLeft, report.footer)
            number = report.page_label.replace("%1", str(page + 1)).replace("%2", str(total))
            painter.drawText(footer, flags | Qt.AlignmentFlag.AlignRight, number)
    finally:
        painter.end()
    return total


# What QTextDocument's HTML subset understands: classes on block elements and tables.
STYLE = Template("""
h1 { font-size: 17pt; font-weight: bold; color: $heading; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: bold; color: $heading; margin-top: 14px;
     margin-bottom: 4px; }
h3 { font-size: 10.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.muted { color: $muted; }
.warning { color: $alert_text; background-color: $alert_background; }
.advice { color: $advice_text; background-color: $advice_background; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: $table_header; font-weight: bold; text-align: left; }
table.grid td, table.grid th { padding: 3px; border: 1px solid $grid; }
td.num, th.num { text-align: right; }
.cover { color: $cover; }
""").substitute(
    heading=palette.HEADING, muted=palette.PRINT_MUTED, alert_text=palette.ALERT_TEXT,
    alert_background=palette.ALERT_BACKGROUND, advice_text=palette.ADVICE_TEXT,
    advice_background=palette.ADVICE_BACKGROUND, table_header=palette.TABLE_HEADER,
    grid=palette.GRID, cover=palette.PRINT_COVER,
)
