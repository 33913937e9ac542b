"""The portfolio review's customer table: one compact row per customer, the header row
on every page, the same column widths on every page.

QTextDocument lays out one big table in more than linear time and walks all of it for
every page it paints (5,000 rows: 28 s, against 15 s as one table per page, the gap growing
with the rows), so the table is cut into one table per page:
rows are measured with the font's metrics (wrapped lines included) and packed into pages
whose height comes from laying out a small sample. Each page's table starts a new page;
its header row repeats should a page's rows ever overflow after all.

Called inside i18n.speaking(lang): words translate, numbers follow QLocale()."""

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from relationdesk.domain.evidence import Principle
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.l10n.labels import principle_label
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.portfolio import AttentionKind
from relationdesk.services.reports.html import esc
from relationdesk.services.reports.pdf import BODY_FONT, BODY_POINTS, STYLE
from relationdesk.services.reports.portfolio_rows import CustomerLine

TABLE_POINTS = 7.0
PADDING_PX = 2  # above and below a cell's text
SIDE_PADDING_PX = 1  # left and right
NUMBER_GAP_PX = 4
TABLE_STYLE = (
    f"table.rows td, table.rows th {{ font-size: {TABLE_POINTS}pt; "
    f"padding: {PADDING_PX}px {SIDE_PADDING_PX}px; }}"
    # Numbers right-aligned side by side need a gap on their left.
    f"table.rows td.num {{ padding-left: {NUMBER_GAP_PX}px; }}"
)
# Padding, borders and Qt's rounding around a cell's text: with less, a percentage
# column can come out narrower than its longest word, which then breaks anywhere.
CELL_EXTRA_PX = 2 * SIDE_PADDING_PX + 4
NAME = 0  # the column that takes any width left at the end
NUMBER_COLUMNS = frozenset((3, 4, 5, 6, 7, 8, 9, 11, 12))  # health to profit, right-aligned


def _extra(index: int) -> float:
    gap = NUMBER_GAP_PX - SIDE_PADDING_PX if index in NUMBER_COLUMNS else 0
    return CELL_EXTRA_PX + gap


FILL = 0.97  # of a page's height: what font metrics cannot promise is left free
_UNREACHABLE_HEIGHT = 1e6
_BREAKS = re.compile(r"\s+|(?<=-)")


# Called as translate("PortfolioReview", "literal") so that lupdate collects the text.
translate = QCoreApplication.translate


def relationship_short_label(stage: RelationshipStage) -> str:
    """The stage in a word or two, for a narrow column."""
    words = {
        RelationshipStage.BUSINESS_PARTNER: translate("PortfolioReview", "Business"),
        RelationshipStage.COLLABORATIVE_PARTNER: translate("PortfolioReview", "Collaborative"),
        RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER: translate("PortfolioReview", "Personal"),
    }
    return words[stage]


def flag_word(kind: AttentionKind) -> str:
    words = {
        AttentionKind.MASTER: translate("PortfolioReview", "master"),
        AttentionKind.DISENGAGE: translate("PortfolioReview", "disengage"),
        AttentionKind.OVERDUE: translate("PortfolioReview", "overdue"),
        AttentionKind.QUIET: translate("PortfolioReview", "quiet"),
    }
    return words[kind]


def principle_initials() -> dict[Principle, str]:
    """One letter per principle in the report's language (two where letters collide)."""
    labels = {p: principle_label(p) for p in Principle}
    for size in (1, 2, 3):
        initials = {p: label[:size].upper() if size == 1 else label[:size]
                    for p, label in labels.items()}  # fmt: skip
        if len(set(initials.values())) == len(initials):
            return initials
    return labels


def _whole_money(minor_units: int | None) -> str:
    """Whole units: a year's sums need no cents in a table."""
    return "—" if minor_units is None else QLocale().toString(round(minor_units / 100))


def _score(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(round(value))


def _nps(value: int | None) -> str:
    if value is None:
        return "—"
    text = QLocale().toString(value)
    return f"+{text}" if value > 0 else text


def headers() -> list[str]:
    initials = principle_initials()
    return [
        translate("PortfolioReview", "Customer"),
        translate("PortfolioReview", "Relationship"),
        translate("PortfolioReview", "Lifecycle"),
        translate("PortfolioReview", "Health"),
        *(initials[p] for p in Principle),
        translate("PortfolioReview", "NPS"),
        translate("PortfolioReview", "Cur."),
        translate("PortfolioReview", "Revenue 12 m"),
        translate("PortfolioReview", "Profit 12 m"),
        translate("PortfolioReview", "Flags"),
    ]


def cells(line: CustomerLine) -> list[str]:
    return [
        line.name,
        relationship_short_label(line.relationship),
        lifecycle_stage_label(line.lifecycle),
        _score(line.health),
        *(_score(line.scores.get(p)) for p in Principle),
        _nps(line.nps),
        line.currency,
        _whole_money(line.revenue),
        _whole_money(line.profit),
        " ".join(flag_word(kind) for kind in line.flags),
    ]


@dataclass
class _Metrics:
    plain: QFontMetricsF
    bold: QFontMetricsF

    def width(self, text: str, bold: bool = False) -> float:
        return (self.bold if bold else self.plain).horizontalAdvance(text)

    def longest_word(self, text: str, bold: bool = False) -> float:
        """Lines break at blanks and after hyphens ("Sponsor-|champion")."""
        words = _BREAKS.split(text)
        return max((self.width(word, bold) for word in words if word), default=0.0)

    def lines(self, text: str, width: float) -> int:
        if self.plain.horizontalAdvance(text) <= width:
            return 1
        box = self.plain.boundingRect(
            QRectF(0, 0, width, _UNREACHABLE_HEIGHT), int(Qt.TextFlag.TextWordWrap), text
        )
        return max(1, round(box.height() / self.plain.lineSpacing()))


def _metrics() -> _Metrics:
    font = QFont(BODY_FONT)
    font.setPointSizeF(TABLE_POINTS)
    bold = QFont(font)
    bold.setBold(True)
    return _Metrics(QFontMetricsF(font), QFontMetricsF(bold))


def column_widths(head: list[str], rows: list[list[str]], width: float, m: _Metrics) -> list[float]:
    """Text widths per column, in px. Each column starts as wide as its longest word (a
    word cannot wrap) and its heading where the page allows; the width left over then
    goes, step by step, where it unwraps the most texts per px, so as few rows as
    possible take a second line."""
    least: list[float] = []
    heads: list[float] = []
    wider: list[list[float]] = []  # per column, sorted: the texts that would wrap
    for index, title in enumerate(head):
        natural = {text: m.width(text) for text in {row[index] for row in rows}}
        words = [m.longest_word(text) for text in natural]
        least.append(max([m.longest_word(title, bold=True), *words]))
        heads.append(max(least[-1], m.width(title, bold=True)))
        wider.append(sorted(w for w in (natural[row[index]] for row in rows) if w > least[-1]))
    room = width - sum(_extra(i) for i in range(len(head)))
    widths = list(heads if sum(heads) <= room else least)
    spare = room - sum(widths)
    # Per column: how many of `wider` fit already.
    unwrapped = [bisect.bisect_right(needs, w) for needs, w in zip(wider, widths, strict=True)]
    while spare > 0:
        best: tuple[float, int, float] | None = None
        for index, needs in enumerate(wider):
            if unwrapped[index] == len(needs) or needs[unwrapped[index]] - widths[index] > spare:
                continue
            target = needs[unwrapped[index]]
            gained = bisect.bisect_right(needs, target) - unwrapped[index]
            ratio = gained / max(target - widths[index], 0.5)
            if best is None or ratio > best[0]:
                best = (ratio, index, target)
        if best is None:
            break
        _, index, target = best
        spare -= target - widths[index]
        widths[index] = target
        unwrapped[index] = bisect.bisect_right(wider[index], target)
    widths[NAME] += max(spare, 0.0)
    return widths


@dataclass(frozen=True)
class _Heights:
    table: float  # an empty table: its header row and frame
    row: float  # a row of one line
    line: float  # each further line of a row


def _measure(html: str, width: float) -> float:
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(BODY_FONT)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE + TABLE_STYLE)
    document.setHtml(html)
    document.setTextWidth(width)
    return document.size().height()


def _heights(head_html: str, sample: list[str], width: float) -> _Heights:
    one = _measure(_table(head_html, ["<tr>" + "".join(sample) + "</tr>"], False), width)
    many = _measure(_table(head_html, ["<tr>" + "".join(sample) + "</tr>"] * 11, False), width)
    taller = ["<tr>" + sample[0].replace("</td>", "<br>x<br>x</td>") + "".join(sample[1:])
              + "</tr>"]  # fmt: skip
    three = _measure(_table(head_html, taller, False), width)
    row = (many - one) / 10
    return _Heights(table=one - row, row=row, line=(three - one) / 2)


def _table(head_html: str, rows: Sequence[str], new_page: bool) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return (
        f'<table class="grid rows" width="100%" cellspacing="0"{style}>'
        f"<thead>{head_html}</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def customer_tables(
    lines: Sequence[CustomerLine], width: float, page_height: float, first_page_used: str
) -> str:
    """The rows as one table per page, `width` x `page_height` px at 96 dpi; the first
    page also holds `first_page_used` (HTML laid out above the table)."""
    m = _metrics()
    head = headers()
    rows = [cells(line) for line in lines]
    widths = column_widths(head, rows, width, m)
    total = sum(w + _extra(i) for i, w in enumerate(widths))
    share = [100 * (w + _extra(i)) / total for i, w in enumerate(widths)]

    def cell(tag: str, index: int, text: str, sized: bool = False) -> str:
        css = ' class="num"' if index in NUMBER_COLUMNS else ""
        size = f' width="{share[index]:.2f}%"' if sized else ""
        return f"<{tag}{css}{size}>{esc(text)}</{tag}>"

    head_html = "<tr>" + "".join(cell("th", i, h, True) for i, h in enumerate(head)) + "</tr>"
    sample = [cell("td", i, "0") for i in range(len(head))]
    heights = _heights(head_html, sample, width)
    above = _measure(first_page_used + _table(head_html, ["<tr>" + "".join(sample) + "</tr>"],
                                              False), width) - heights.row  # fmt: skip
    tables: list[str] = []
    page: list[str] = []
    used = above
    for texts in rows:
        lines_needed = max(m.lines(text, widths[i]) for i, text in enumerate(texts))
        height = heights.row + (lines_needed - 1) * heights.line
        if page and used + height > page_height * FILL:
            tables.append(_table(head_html, page, bool(tables)))
            page, used = [], heights.table
        page.append("<tr>" + "".join(cell("td", i, t) for i, t in enumerate(texts)) + "</tr>")
        used += height
    if page:
        tables.append(_table(head_html, page, bool(tables)))
    return "".join(tables)


def flag_meaning(kind: AttentionKind, quiet_days: int) -> str:
    if kind is AttentionKind.QUIET:
        # Settings allow 7 days at least: always a plural.
        days = translate("PortfolioReview", "no meeting for %1 days")
        return days.replace("%1", str(quiet_days))
    words = {
        AttentionKind.MASTER: translate("PortfolioReview", "the client acts as a master"),
        AttentionKind.DISENGAGE: translate("PortfolioReview", "a candidate to disengage from"),
        AttentionKind.OVERDUE: translate("PortfolioReview", "a follow-up is overdue"),
    }
    return words[kind]


def legend(quiet_days: int) -> list[str]:
    """What the short column heads and the flags mean, sentence by sentence."""
    initials = principle_initials()
    principles = ", ".join(f"{initials[p]} = {principle_label(p)}" for p in Principle)
    flags = "; ".join(f"{flag_word(k)} = {flag_meaning(k, quiet_days)}" for k in AttentionKind)
    return [
        translate(
            "PortfolioReview", "Health and the five principle scores (%1), out of 100."
        ).replace("%1", principles),
        translate(
            "PortfolioReview", "NPS from each contact's latest answer of the last 12 months."
        ),
        translate(
            "PortfolioReview",
            "Revenue and profit of the last 12 months, in each customer's own currency (Cur.).",
        ),
        translate("PortfolioReview", "Flags: %1.").replace("%1", flags),
    ]
