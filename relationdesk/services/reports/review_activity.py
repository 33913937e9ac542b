"""The customer review's record of what happened: meetings in the period, disclosures
(summarised; texts only on request, sensitive ones only on a second request), commitments
and open follow-ups."""

import sqlite3
from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale

from relationdesk.domain.evidence import CommitmentOutcome
from relationdesk.domain.meetings import Depth, DisclosureDomain
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import (
    depth_label,
    domain_label,
    meeting_kind_label,
    outcome_label,
    side_label,
    topic_label,
)
from relationdesk.services.evidence_facts import commitment_facts
from relationdesk.services.follow_ups import customer_follow_ups
from relationdesk.services.meeting_directory import MeetingEntry
from relationdesk.services.reports.html import heading, paragraph, table

translate = QCoreApplication.translate  # as translate("CustomerReview", "literal")


def meetings_section(meetings: list[MeetingEntry]) -> list[str]:
    parts = [heading(2, translate("CustomerReview", "Meetings in the period"))]
    if not meetings:
        return [
            *parts,
            paragraph(translate("CustomerReview", "No meetings in the period."), "muted"),
        ]
    rows = [
        (
            short_date(m.started_at),
            meeting_kind_label(m.kind),
            ", ".join(name for _id, name in m.attendees),
            m.summary,
            m.next_steps,
        )
        for m in meetings
    ]
    headers = (
        translate("CustomerReview", "Date"),
        translate("CustomerReview", "Kind"),
        translate("CustomerReview", "Attendees"),
        translate("CustomerReview", "Summary"),
        translate("CustomerReview", "Next steps"),
    )
    return [*parts, table(headers, rows, widths=(11, 14, 18, 32, 25))]


def disclosures_section(
    meetings: list[MeetingEntry], include_texts: bool, include_sensitive: bool
) -> list[str]:
    """Counts per domain and depth, and the topics; texts only as the options allow."""
    found = [(m, d) for m in meetings for d in m.disclosures]
    parts = [heading(2, translate("CustomerReview", "Disclosures"))]
    if not found:
        return [
            *parts,
            paragraph(translate("CustomerReview", "No disclosures in the period."), "muted"),
        ]
    counts = Counter((d.domain, d.depth) for _m, d in found)
    rows = []
    for domain in DisclosureDomain:
        topics = sorted({topic_label(d.topic) for _m, d in found if d.domain is domain and d.topic})
        rows.append(
            (
                domain_label(domain),
                *(QLocale().toString(counts[(domain, depth)]) for depth in Depth),
                ", ".join(topics) or "—",
            )
        )
    headers = (
        translate("CustomerReview", "Domain"),
        *(depth_label(depth) for depth in Depth),
        translate("CustomerReview", "Topics"),
    )
    parts.append(table(headers, rows, (1, 2, 3), (15, 15, 15, 15, 40)))
    if not include_texts:
        return [
            *parts,
            paragraph(
                translate("CustomerReview", "What was disclosed is not printed in this report."),
                "muted",
            ),
        ]
    shown = [(m, d) for m, d in found if d.text and (include_sensitive or not d.sensitive)]
    hidden = sum(1 for _m, d in found if d.text and d.sensitive and not include_sensitive)
    sensitive_mark = " (" + translate("CustomerReview", "sensitive") + ")"
    text_rows = [
        (
            short_date(m.started_at),
            d.contact_name or side_label(d.side),
            topic_label(d.topic) if d.topic else domain_label(d.domain),
            d.text + (sensitive_mark if d.sensitive else ""),
        )
        for m, d in shown
    ]
    if text_rows:
        headers = (
            translate("CustomerReview", "Date"),
            translate("CustomerReview", "Who"),
            translate("CustomerReview", "Topic"),
            translate("CustomerReview", "What was said"),
        )
        parts.append(table(headers, text_rows, widths=(11, 19, 16, 54)))
    if hidden:
        parts.append(
            paragraph(
                translate("CustomerReview", "Sensitive disclosures are left out of this report."),
                "muted",
            )
        )
    return parts


def commitments_section(conn: sqlite3.Connection, customer_id: str) -> list[str]:
    commitments = commitment_facts(conn, customer_id)
    parts = [heading(2, translate("CustomerReview", "Commitments"))]
    if not commitments:
        return [*parts, paragraph(translate("CustomerReview", "No commitments recorded."), "muted")]
    counts = Counter(c.outcome for c in commitments)
    parts.append(
        paragraph(
            " · ".join(
                f"{outcome_label(o)}: {QLocale().toString(counts[o])}" for o in CommitmentOutcome
            )
        )
    )
    open_ones = [c for c in commitments if c.outcome is CommitmentOutcome.OPEN]
    if open_ones:
        rows = [
            (short_date(c.when), side_label(c.made_by), c.description, short_date(c.due))
            for c in open_ones
        ]
        headers = (
            translate("CustomerReview", "Promised on"),
            translate("CustomerReview", "Promised by"),
            translate("CustomerReview", "Promise"),
            translate("CustomerReview", "Due"),
        )
        parts.append(table(headers, rows, widths=(14, 18, 54, 14)))
    return parts


def follow_ups_section(conn: sqlite3.Connection, customer_id: str) -> list[str]:
    rows = [(short_date(f.due_at), f.title) for f in customer_follow_ups(conn, customer_id)]
    parts = [heading(2, translate("CustomerReview", "Open follow-ups"))]
    if not rows:
        return [*parts, paragraph(translate("CustomerReview", "No open follow-ups."), "muted")]
    return [
        *parts,
        table(
            (translate("CustomerReview", "Due"), translate("CustomerReview", "Follow-up")),
            rows,
            widths=(15, 85),
        ),
    ]
