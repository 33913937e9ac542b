"""The customer review: a multi-page account review of one customer, for the salesperson's
manager or the customer, in the language the caller is speaking (i18n.speaking).

Sections follow the issue "PDF reports for account reviews": cover, relationship stage,
lifecycle with the playbook, the five principles with their evidence, the client-as-master
warning, meetings, disclosures (texts only on request, sensitive ones only on a second
request), commitments, economics with NPS, open follow-ups."""

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from relationdesk.domain.principles import integrity_sides, rated_only_thinly
from relationdesk.l10n.advice import master_client_words
from relationdesk.l10n.formatting import qdate, short_date
from relationdesk.l10n.labels import (
    contribution_label,
    principle_label,
    rate_again_text,
    side_record_text,
    stage_label,
)
from relationdesk.l10n.lifecycle_labels import (
    join_reasons,
    lifecycle_stage_label,
    money,
    needed_condition,
    nps_group_label,
    percent,
    playbook_text,
    suggestion_reason,
)
from relationdesk.services.customer_directory import CustomerDirectory
from relationdesk.services.economics import economics_view
from relationdesk.services.errors import NotFound
from relationdesk.services.lifecycle import lifecycle_view
from relationdesk.services.meeting_directory import MeetingDirectory
from relationdesk.services.recommendations import recommendations_view
from relationdesk.services.relationship_facts import relationship_start
from relationdesk.services.relationship_view import relationship_view
from relationdesk.services.reports import review_charts
from relationdesk.services.reports.charts import image_tag
from relationdesk.services.reports.html import esc, facts, heading, paragraph, table
from relationdesk.services.reports.pdf import ReportDocument
from relationdesk.services.reports.review_activity import (
    commitments_section,
    disclosures_section,
    follow_ups_section,
    meetings_section,
)
from relationdesk.services.score_history import score_history
from relationdesk.services.scores import customer_scores

MAIN_EVIDENCE = 3  # items per principle: the ones that move its score most


@dataclass(frozen=True)
class ReviewOptions:
    period_from: date
    period_to: date
    include_texts: bool = False  # what was disclosed, not only domains, depths and topics
    include_sensitive: bool = False  # with include_texts: sensitive disclosures too
    author: str = ""


# Called as translate("CustomerReview", "literal"): the form lupdate collects.
translate = QCoreApplication.translate


def _day(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def customer_review(
    conn: sqlite3.Connection,
    customer_id: str,
    options: ReviewOptions,
    now: datetime,
    hourly_rates: dict[str, int],
) -> ReportDocument:
    """`now` is naive UTC. Raises NotFound for an unknown customer."""
    customer = CustomerDirectory(conn).detail(customer_id)
    if customer is None:
        raise NotFound(customer_id)
    images: dict[str, QImage] = {}
    in_period = [
        m
        for m in MeetingDirectory(conn).timeline(customer_id)
        if options.period_from <= m.started_at.date() <= options.period_to
    ]
    parts = [
        heading(1, customer.name),
        paragraph(translate("CustomerReview", "Customer review"), "muted"),
        facts(
            [
                (translate("CustomerReview", "Date:"), _day(now.date())),
                (translate("CustomerReview", "Prepared by:"), options.author or "—"),
                (
                    translate("CustomerReview", "Period covered:"),
                    f"{_day(options.period_from)} – {_day(options.period_to)}",
                ),
                (
                    translate("CustomerReview", "City / country:"),
                    ", ".join(p for p in (customer.city, customer.country) if p) or "—",
                ),
                (translate("CustomerReview", "Industry:"), customer.industry or "—"),
                (translate("CustomerReview", "Owner:"), customer.owner or "—"),
                (translate("CustomerReview", "Relationship since:"), _since(conn, customer_id)),
            ]
        ),
        *_relationship(conn, customer_id, now),
        *_lifecycle(conn, customer_id, now.date()),
        *_principles(conn, customer_id, now, images),
        *meetings_section(in_period),
        *disclosures_section(in_period, options.include_texts, options.include_sensitive),
        *commitments_section(conn, customer_id),
        *_economics(conn, customer_id, options, now.date(), hourly_rates, images),
        *follow_ups_section(conn, customer_id),
    ]
    title = translate("CustomerReview", "%1 · customer review").replace("%1", customer.name)
    return ReportDocument(
        title=title,
        author=options.author,
        html="".join(parts),
        footer=title,
        page_label=translate("CustomerReview", "Page %1 of %2"),
        letter=QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem,
        images=images,
    )


def _since(conn: sqlite3.Connection, customer_id: str) -> str:
    """When the relationship began, the start of loyalty's tenure (docs/scoring.md)."""
    start = relationship_start(conn, customer_id)
    return _day(start.date()) if start else "—"


def _relationship(conn: sqlite3.Connection, customer_id: str, now: datetime) -> list[str]:
    view = relationship_view(conn, customer_id, now, 30)
    if view is None:
        return []
    stage = view.confirmed_stage or view.suggestion.stage
    how = (
        translate("CustomerReview", "confirmed")
        if view.confirmed_stage
        else translate("CustomerReview", "suggested from the disclosures")
    )
    parts = [
        heading(2, translate("CustomerReview", "Relationship stage")),
        paragraph(f"{stage_label(stage)} ({how})"),
    ]
    if view.history:
        rows = [
            (short_date(h.changed_at), stage_label(h.stage), stage_label(h.suggested_stage), h.note)
            for h in view.history
        ]
        headers = (
            translate("CustomerReview", "Date"),
            translate("CustomerReview", "Stage"),
            translate("CustomerReview", "Suggested then"),
            translate("CustomerReview", "Note"),
        )
        parts.append(table(headers, rows))
    return parts


def _lifecycle(conn: sqlite3.Connection, customer_id: str, today: date) -> list[str]:
    view = lifecycle_view(conn, customer_id, today)
    if view is None:
        return []
    parts = [
        heading(2, translate("CustomerReview", "Lifecycle")),
        paragraph(
            translate("CustomerReview", "Lifecycle stage: %1").replace(
                "%1", lifecycle_stage_label(view.stage)
            )
        ),
        paragraph(
            translate("CustomerReview", "What to do: %1").replace("%1", playbook_text(view.stage)),
            "advice",
        ),
    ]
    suggestion = view.suggestion
    if suggestion.is_move_up:
        why = join_reasons([suggestion_reason(code) for code in suggestion.reasons])
        parts.append(
            paragraph(
                translate("CustomerReview", "The evidence suggests moving to %1: %2.")
                .replace("%1", lifecycle_stage_label(suggestion.stage))
                .replace("%2", why)
            )
        )
    elif suggestion.next_stage is not None:
        needed = join_reasons([needed_condition(code) for code in suggestion.missing])
        parts.append(
            paragraph(
                translate("CustomerReview", "%1 is not suggested yet; still needed: %2.")
                .replace("%1", lifecycle_stage_label(suggestion.next_stage))
                .replace("%2", needed)
            )
        )
    if view.history:
        rows = [
            (
                _day(h.changed_on),
                lifecycle_stage_label(h.previous_stage) if h.previous_stage else "—",
                lifecycle_stage_label(h.stage),
                h.reason,
            )
            for h in view.history
        ]
        parts.append(
            table(
                (
                    translate("CustomerReview", "Date"),
                    translate("CustomerReview", "From"),
                    translate("CustomerReview", "To"),
                    translate("CustomerReview", "Reason"),
                ),
                rows,
            )
        )
    return parts


def _principles(
    conn: sqlite3.Connection, customer_id: str, now: datetime, images: dict[str, QImage]
) -> list[str]:
    scores = customer_scores(conn, customer_id, now)
    if scores is None:
        return []
    card = scores.scorecard
    locale = QLocale()
    parts = [heading(2, translate("CustomerReview", "The five principles"))]
    if scores.master_client.applies:
        words = master_client_words(scores.master_client)
        examples = "; ".join(words.examples)
        text = f"⚠ {words.title}: {words.facts}" + (f" ({examples})" if examples else "")
        parts.append(f'<p class="warning">{esc(text)}</p><p class="advice">{esc(words.advice)}</p>')
    health = "—" if card.health is None else locale.toString(round(card.health))
    parts.append(paragraph(translate("CustomerReview", "Health: %1").replace("%1", health)))
    if any(s.score is not None for s in card.scores):
        images["chart:radar"] = review_charts.radar(card)
        history = score_history(conn, customer_id, now)
        images["chart:trend"] = review_charts.trend(history)
        parts.append(
            f'<table width="100%"><tr><td>{image_tag("chart:radar", 2.6)}</td>'
            f"<td>{image_tag('chart:trend', 3.9)}</td></tr></table>"
        )
    rows = []
    for score in card.scores:
        main = sorted(score.contributions, key=lambda c: abs(c.effect), reverse=True)
        evidence = "; ".join(
            contribution_label(c.label_code) + (f" ({short_date(c.when)})" if c.when else "")
            for c in main[:MAIN_EVIDENCE]
        )
        value = (
            translate("CustomerReview", "not enough evidence")
            if score.score is None
            else locale.toString(round(score.score))
        )
        notes = [side_record_text(r) for r in integrity_sides(score)]
        if rated_only_thinly(score):
            notes.append(
                translate("CustomerReview", "Only one set of ratings so far: %1.").replace(
                    "%1", rate_again_text()
                )
            )
        evidence = " ".join([evidence or "—", *notes])
        rows.append((principle_label(score.principle), value, evidence))
    parts.append(
        table(
            (
                translate("CustomerReview", "Principle"),
                translate("CustomerReview", "Score"),
                translate("CustomerReview", "Main evidence"),
            ),
            rows,
            (1,),
            (18, 15, 67),  # room for "Punteggio" in bold
        )
    )
    return parts


def _economics(
    conn: sqlite3.Connection,
    customer_id: str,
    options: ReviewOptions,
    today: date,
    hourly_rates: dict[str, int],
    images: dict[str, QImage],
) -> list[str]:
    view = economics_view(conn, customer_id, today, hourly_rates)
    in_period = [
        p
        for p in (view.periods if view else ())
        if p.figures.starts_on <= options.period_to and p.figures.ends_on >= options.period_from
    ]
    answers = recommendations_view(conn, customer_id, today)
    parts = [heading(2, translate("CustomerReview", "Economics and recommendation"))]
    if view is not None and in_period:
        cur, totals = view.currency, view.last_12_months
        parts.append(
            paragraph(
                translate(
                    "CustomerReview",
                    "Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4",
                )
                .replace("%1", money(totals.revenue, cur))
                .replace("%2", money(totals.cost_to_serve, cur))
                .replace("%3", money(totals.profit, cur))
                .replace("%4", percent(totals.margin))
            )
        )
        images["chart:economics"] = review_charts.economics(in_period, cur)
        parts.append(f"<p>{image_tag('chart:economics', 6.2)}</p>")
        rows = [
            (
                _day(p.figures.starts_on),
                money(p.figures.revenue, cur),
                money(p.figures.cost_to_serve, cur),
                money(p.figures.profit, cur),
                percent(p.figures.margin),
            )
            for p in in_period
        ]
        headers = (
            translate("CustomerReview", "Period from"),
            translate("CustomerReview", "Revenue"),
            translate("CustomerReview", "Cost to serve"),
            translate("CustomerReview", "Profit"),
            translate("CustomerReview", "Margin"),
        )
        parts.append(table(headers, rows, (1, 2, 3, 4)))
    else:
        parts.append(
            paragraph(
                translate("CustomerReview", "No revenue or costs recorded in the period."), "muted"
            )
        )
    nps = answers.nps
    if nps.nps is None:
        parts.append(
            paragraph(
                translate("CustomerReview", "No recommendation answers in the last 12 months."),
                "muted",
            )
        )
    else:
        parts.append(
            paragraph(
                translate(
                    "CustomerReview", "NPS %1, from each contact's latest answer (contacts: %2)."
                )
                .replace("%1", QLocale().toString(nps.nps))
                .replace("%2", QLocale().toString(nps.answers))
            )
        )
        rows = [
            (
                _day(a.answered_on),
                a.contact_name,
                QLocale().toString(a.score),
                nps_group_label(_group(a.score)),
                a.note,
            )
            for a in answers.answers[:10]
        ]
        headers = (
            translate("CustomerReview", "Date"),
            translate("CustomerReview", "Contact"),
            translate("CustomerReview", "Answer"),
            translate("CustomerReview", "Group"),
            translate("CustomerReview", "Note"),
        )
        parts.append(table(headers, rows, (2,)))
    return parts


def _group(score: int) -> str:
    from relationdesk.domain.nps import nps_group

    return nps_group(score).value
