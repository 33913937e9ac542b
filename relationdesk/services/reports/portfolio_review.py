"""The portfolio review: a summary page with the dashboard's key figures and charts, then
one table row per customer (stages, scores, NPS, a year's revenue and profit, flags), for
all customers or a selection, sorted as chosen.

Two steps, so the UI can read on a worker thread and build where Qt's text classes live:
    data = portfolio_data(conn, options, now, rates, thresholds, on_progress=...)
    with speaking(lang):
        document = portfolio_review(data)   # translated, numbers in the language's locale
    write_pdf(document, path, on_page=...)
"""

from PySide6.QtCore import QCoreApplication, QLocale, QSizeF
from PySide6.QtGui import QImage, QPageSize

from relationdesk.l10n.formatting import local_datetime
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.portfolio import AttentionKind
from relationdesk.services.reports import portfolio_charts as charts
from relationdesk.services.reports.charts import image_tag
from relationdesk.services.reports.html import esc, heading, paragraph
from relationdesk.services.reports.pdf import FOOTER_MM, MARGIN_MM, ReportDocument
from relationdesk.services.reports.portfolio_rows import (
    CustomerLine,
    PortfolioData,
    PortfolioOptions,
    PortfolioSort,
    portfolio_data,
)
from relationdesk.services.reports.portfolio_table import TABLE_STYLE, customer_tables, legend

__all__ = [
    "CustomerLine",
    "PortfolioData",
    "PortfolioOptions",
    "PortfolioSort",
    "portfolio_data",
    "portfolio_review",
]

HALF_CHART_IN = (3.3, 2.05)  # two side by side fit A4's and Letter's text width
WIDE_CHART_IN = (6.8, 2.3)
PX_PER_MM = 96 / 25.4  # QTextDocument lays out at 96 px per inch


# Called as translate("PortfolioReview", "literal") so that lupdate collects the text.
translate = QCoreApplication.translate


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0)


def uses_letter() -> bool:
    """US Letter where the report's locale measures in US units, else A4."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


def body_size(letter: bool) -> QSizeF:
    """The text area of a page as pdf.write_pdf lays it out, in px at 96 dpi."""
    page = QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)
    size = page.size(QPageSize.Unit.Millimeter)
    return QSizeF(
        (size.width() - 2 * MARGIN_MM) * PX_PER_MM,
        (size.height() - 2 * MARGIN_MM - FOOTER_MM) * PX_PER_MM,
    )


def portfolio_review(data: PortfolioData) -> ReportDocument:
    """The report, in the language being spoken (call inside i18n.speaking)."""
    title = translate("PortfolioReview", "Portfolio review")
    day = QLocale().toString(local_datetime(data.now).date(), QLocale.FormatType.LongFormat)
    short_day = QLocale().toString(local_datetime(data.now).date(), QLocale.FormatType.ShortFormat)
    letter = uses_letter()
    body = body_size(letter)
    images: dict[str, QImage] = {}
    parts = [heading(1, title), _byline(data, day), _key_figures(data), _charts(data, images)]
    table_top = heading(2, translate("PortfolioReview", "Customers")).replace(
        "<h2>", '<h2 style="page-break-before: always">'
    )
    table_top += paragraph(_sort_words(data.options.sort), "muted")
    table_top += '<p class="muted" style="font-size: 8pt">'
    table_top += esc(" ".join(legend(data.options.quiet_days))) + "</p>"
    parts.append(table_top)
    if data.lines:
        parts.append(customer_tables(data.lines, body.width(), body.height(), table_top))
    else:
        parts.append(paragraph(translate("PortfolioReview", "No customers to show."), "muted"))
    return ReportDocument(
        title=title,
        author=data.options.author,
        html=f"<html><head><style>{TABLE_STYLE}</style></head><body>{''.join(parts)}</body></html>",
        footer=f"{title} · {short_day}",
        page_label=translate("PortfolioReview", "Page %1 of %2"),
        letter=letter,
        images=images,
    )


def _byline(data: PortfolioData, day: str) -> str:
    if data.options.author:
        said = (
            translate("PortfolioReview", "Prepared by %1 on %2")
            .replace("%2", day)
            .replace("%1", data.options.author)
        )
    else:
        said = translate("PortfolioReview", "Prepared on %1").replace("%1", day)
    lines = [said]
    if data.filtered:
        selection = translate("PortfolioReview", "Selection: %1 of the %2 customers").replace(
            "%1", _number(data.summary.customers)
        )
        selection = selection.replace("%2", _number(data.customers_in_database))
        if data.selection_stage is not None:
            selection += " · " + translate("PortfolioReview", "lifecycle stage %1").replace(
                "%1", lifecycle_stage_label(data.selection_stage)
            )
        lines.append(selection)
    return "".join(paragraph(line, "muted") for line in lines)


def _key_figures(data: PortfolioData) -> str:
    summary = data.summary
    nps = summary.nps_by_quarter[-1][1] if summary.nps_by_quarter else None
    figures = [
        (translate("PortfolioReview", "Customers"), _number(summary.customers)),
        (
            translate("PortfolioReview", "Net Promoter Score"),
            "—" if nps is None else _signed_nps(nps),
        ),
        (
            translate("PortfolioReview", "Average health"),
            "—"
            if summary.average_health is None
            else translate("PortfolioReview", "%1 out of 100").replace(
                "%1", _number(summary.average_health)
            ),
        ),
        (
            translate("PortfolioReview", "Client as master"),
            _number(data.attention_count(AttentionKind.MASTER)),
        ),
        (
            translate("PortfolioReview", "Disengage candidates"),
            _number(data.attention_count(AttentionKind.DISENGAGE)),
        ),
        (
            translate("PortfolioReview", "Overdue follow-ups"),
            _number(data.attention_count(AttentionKind.OVERDUE)),
        ),
        (
            translate("PortfolioReview", "Gone quiet"),
            _number(data.attention_count(AttentionKind.QUIET)),
        ),
    ]
    cells = [f"<td>{esc(label)}</td><td class='num'><b>{esc(value)}</b></td>"
             for label, value in figures]  # fmt: skip
    half = (len(cells) + 1) // 2
    rows = "".join(
        "<tr>" + cells[i] + "<td width='8%'></td>" + (cells[i + half] if i + half < len(cells)
                                                      else "<td></td><td></td>") + "</tr>"
        for i in range(half)
    )  # fmt: skip
    return (
        heading(2, translate("PortfolioReview", "Key figures"))
        + f'<table cellspacing="0" cellpadding="2">{rows}</table>'
    )


def _signed_nps(value: int) -> str:
    text = QLocale().toString(value)
    return f"+{text}" if value > 0 else text


def _chart_cell(caption: str, image: QImage | None, name: str, images: dict[str, QImage],
                width_in: float, empty: str) -> str:  # fmt: skip
    if image is None:
        return f"<h3>{esc(caption)}</h3>" + paragraph(empty, "muted")
    images[name] = image
    return f"<h3>{esc(caption)}</h3><p>{image_tag(name, width_in)}</p>"


def _charts(data: PortfolioData, images: dict[str, QImage]) -> str:
    summary = data.summary
    width, height = HALF_CHART_IN
    no_customers = translate("PortfolioReview", "No customers.")
    cells = [
        _chart_cell(
            translate("PortfolioReview", "Customers per relationship stage"),
            charts.relationship_chart(summary.relationship_stages, width, height),
            "chart:relationship", images, width, no_customers,
        ),
        _chart_cell(
            translate("PortfolioReview", "Lifecycle funnel"),
            charts.funnel_chart(summary.lifecycle_stages, width, height),
            "chart:funnel", images, width, no_customers,
        ),
        _chart_cell(
            translate("PortfolioReview", "Net Promoter Score per quarter"),
            charts.nps_chart(summary.nps_by_quarter, width, height),
            "chart:nps", images, width,
            translate("PortfolioReview", "No recommendation answers in these quarters."),
        ),
        _chart_cell(
            translate("PortfolioReview", "Average principle scores"),
            charts.principles_chart(summary.average_scores, summary.average_health, width,
                                    height),
            "chart:principles", images, width,
            translate("PortfolioReview", "No principle scores yet."),
        ),
    ]  # fmt: skip
    grid = "".join(f"<tr><td>{cells[i]}</td><td>{cells[i + 1]}</td></tr>" for i in (0, 2))
    html = f'<table cellspacing="0" cellpadding="3" width="100%">{grid}</table>'
    currency = summary.main_currency
    caption = translate(
        "PortfolioReview", "Revenue, cost to serve and profit per lifecycle stage, last 12 months"
    )
    wide_w, wide_h = WIDE_CHART_IN
    image = (
        charts.economics_chart(summary.economics[currency], currency, wide_w, wide_h)
        if currency
        else None
    )
    empty = translate("PortfolioReview", "No revenue or costs recorded in the last 12 months.")
    html += _chart_cell(caption, image, "chart:economics", images, wide_w, empty)
    if currency and len(summary.economics) > 1:
        others = sum(
            stage.customers
            for code, stages in summary.economics.items()
            if code != currency
            for stage in stages.values()
        )
        html += paragraph(
            translate(
                "PortfolioReview",
                "In %1, the currency most of these customers are billed in; the %2 "
                "customers billed in other currencies are not in this chart (amounts of "
                "different currencies do not add up).",
            )
            .replace("%1", currency)
            .replace("%2", _number(others)),
            "muted",
        )
    elif currency:
        html += paragraph(translate("PortfolioReview", "In %1.").replace("%1", currency), "muted")
    return html


def _sort_words(sort: PortfolioSort) -> str:
    words = {
        PortfolioSort.NAME: translate("PortfolioReview", "Sorted by name."),
        PortfolioSort.HEALTH: translate("PortfolioReview", "Sorted by health, highest first."),
        PortfolioSort.REVENUE: translate(
            "PortfolioReview",
            "Sorted by revenue of the last 12 months, highest first, currency by currency.",
        ),
        PortfolioSort.PROFIT: translate(
            "PortfolioReview",
            "Sorted by profit of the last 12 months, highest first, currency by currency.",
        ),
        PortfolioSort.NPS: translate("PortfolioReview", "Sorted by NPS, highest first."),
        PortfolioSort.LIFECYCLE: translate(
            "PortfolioReview",
            "Sorted by lifecycle stage, from sponsor-champions down to prospects, former "
            "customers last.",
        ),
    }
    return words[sort]
