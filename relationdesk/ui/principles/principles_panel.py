"""The five principles of a relationship of trust for one customer (docs/domain.md §1, §3):
scores with what they are made of, their definitions, and the client-as-master warning."""

import html
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.master_client import MasterClientWarning
from relationdesk.domain.principles import (
    PrincipleScore,
    ScoringSettings,
    integrity_sides,
    rated_only_thinly,
)
from relationdesk.l10n.advice import master_client_words
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import (
    contribution_label,
    principle_definition,
    principle_label,
    rate_again_text,
    side_record_text,
)
from relationdesk.palette import BAD, CAUTION_TEXT_STYLE, GOOD
from relationdesk.services.scores import CustomerScores, customer_scores
from relationdesk.ui.principles.score_model import ScoreTableModel
from relationdesk.ui.shared.qt_helpers import WARNING_BANNER_STYLE, banner, describe, named

_TREND_ARROWS = {"up": "▲", "down": "▼", "flat": "▶", "none": ""}


class PrinciplesPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("principlesPanel")
        self._db = db
        self._customer_id: str | None = None
        self.scores: CustomerScores | None = None
        self.banner = banner("masterBanner", WARNING_BANNER_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.health_label = named(QLabel(), "healthLabel")
        font = self.health_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.health_label.setFont(font)
        self.model = ScoreTableModel(self)
        self.table = named(QTableView(), "scoreTable")
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # All five principles visible at once, without scroll bars.
        row_height = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(row_height * 6 + 6)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumWidth(250)
        # Under the table, next to the scores: which principles rest on one set of
        # ratings only, and what firms them up (docs/scoring.md, confidence).
        self.rate_again = named(QLabel(), "rateAgainLabel")
        self.rate_again.setWordWrap(True)
        self.rate_again.setStyleSheet(CAUTION_TEXT_STYLE)
        self.why = named(QTextBrowser(), "scoreWhy")
        self.charts = QHBoxLayout()  # the radar and trend charts join here (customer_detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.health_label)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.rate_again)
        left.addStretch()
        top.addLayout(left, 2)
        top.addWidget(self.why, 3)
        layout.addLayout(top, 2)
        layout.addLayout(self.charts, 3)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_why())
        self.banner.hide()
        self._describe()

    def _describe(self) -> None:
        describe(self.table, self.tr("Principle scores"), self.tr("Select a principle to see why"))
        describe(self.why, self.tr("Why this score"))

    def show_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        now = datetime.now(UTC).replace(tzinfo=None)
        self.scores = customer_scores(self._db.reader, customer_id, now) if customer_id else None
        card = self.scores.scorecard if self.scores else None
        self.model.set_scorecard(card)
        self._fill()
        if card is not None:
            self.table.selectRow(0)

    def _fill(self) -> None:
        card = self.scores.scorecard if self.scores else None
        if card is None or card.health is None:
            self.health_label.setText(self.tr("Relationship health: not enough evidence yet"))
        else:
            text = self.tr("Relationship health: %1").replace(
                "%1", QLocale().toString(round(card.health))
            )
            if card.health_before is not None and card.trend != "none":
                text += (
                    "  "
                    + _TREND_ARROWS[card.trend]
                    + " "
                    + self.tr("(was %1, %n day(s) ago)", "", ScoringSettings().trend_days).replace(
                        "%1", QLocale().toString(round(card.health_before))
                    )
                )
            self.health_label.setText(text)
        thin = (
            [principle_label(s.principle) for s in card.scores if rated_only_thinly(s)]
            if (card)
            else []
        )
        self.rate_again.setVisible(bool(thin))
        self.rate_again.setText(
            self.tr("Only one set of ratings so far for %1: %2.")
            .replace("%1", ", ".join(thin))
            .replace("%2", rate_again_text())
        )
        warning = self.scores.master_client if self.scores else None
        self.banner.setVisible(bool(warning and warning.applies))
        if warning and warning.applies:
            self.banner.setText(self.master_text(warning))
        self._show_why()

    def master_text(self, warning: MasterClientWarning) -> str:
        """Name the evidence, then the partner-not-master advice of docs/domain.md §3."""
        e = html.escape
        words = master_client_words(warning)
        examples = "; ".join(e(text) for text in words.examples)
        return (
            f"<b>⚠ {e(words.title)}</b><br/>{e(words.facts)}"
            + (f"<br/><i>{examples}</i>" if examples else "")
            + f"<br/><br/>{e(words.advice)}"
        )

    def _show_why(self) -> None:
        index = self.table.currentIndex()
        item = self.model.score(index.row()) if index.isValid() else None
        self.why.setHtml(self.why_html(item) if item else "")

    def why_html(self, item: PrincipleScore) -> str:
        """The definition, then every piece of evidence with how far it moved the score."""
        e = html.escape
        title = principle_label(item.principle)
        parts = [f"<h3>{e(title)}</h3><p><i>{e(principle_definition(item.principle))}</i></p>"]
        if rated_only_thinly(item):
            parts.append(
                "<p><b>"
                + e(
                    self.tr(
                        "Only your ratings so far, from one meeting: %1. One set of ratings "
                        "weighs too little on its own."
                    ).replace("%1", rate_again_text())
                )
                + "</b></p>"
            )
        elif item.score is None:
            parts.append(
                "<p>"
                + e(
                    self.tr(
                        "Not enough evidence yet: rate this principle after a meeting, or record "
                        "what each side gives and promises."
                    )
                )
                + "</p>"
            )
        sides = integrity_sides(item)
        if sides:
            parts.append("<p>" + "<br/>".join(e(side_record_text(r)) for r in sides) + "</p>")
        rows = []
        locale = QLocale()  # −7,9 in Italian, Indonesian and Romanian
        for c in item.contributions[:40]:
            when = short_date(c.when) if c.when else ""
            sign = "+" if c.effect >= 0 else "−"
            colour = GOOD if c.effect >= 0 else BAD
            rows.append(
                f"<tr><td>{e(when)}</td><td>{e(contribution_label(c.label_code))}</td>"
                f"<td align='right'>{locale.toString(round(c.points))}</td>"
                f"<td align='right' style='color:{colour}'>{sign}"
                f"{locale.toString(abs(c.effect), 'f', 1)}</td></tr>"
            )
        if rows:
            head = (self.tr("When"), self.tr("Evidence"), self.tr("Value"), self.tr("Effect"))
            parts.append(
                "<table cellspacing='0' cellpadding='3' width='100%'><tr>"
                + "".join(f"<th align='left'>{e(h)}</th>" for h in head)
                + "</tr>"
                + "".join(rows)
                + "</table>"
            )
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.model.retranslate()
            self._fill()
        super().changeEvent(event)
