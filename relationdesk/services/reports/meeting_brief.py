"""The meeting brief: one page to read on the way to a visit, or to print.

Built from the same read objects as the brief panel (services/brief.py), so it never
holds a sensitive disclosure: the brief selects only non-sensitive ones. Every list is
capped and every free text shortened, more so until the page is laid out as one page
(in any of the four languages, on A4 and on Letter).
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QSizeF
from PySide6.QtGui import QFont, QPageSize, QTextDocument

from relationdesk.domain.enums import Influence, LifecycleStage
from relationdesk.domain.evidence import CommitmentFact, CommitmentOutcome
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import (
    buying_role_label,
    meeting_kind_label,
    side_label,
    stage_label,
    topic_label,
)
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label, playbook_text
from relationdesk.l10n.stage_advice import stage_advice
from relationdesk.services.brief import Brief, BriefFact, brief
from relationdesk.services.customer_directory import ContactRow, CustomerDirectory
from relationdesk.services.errors import NotFound
from relationdesk.services.evidence_facts import commitment_facts
from relationdesk.services.reports.html import esc, heading, paragraph, table
from relationdesk.services.reports.pdf import (
    BODY_FONT,
    BODY_POINTS,
    FOOTER_MM,
    MARGIN_MM,
    STYLE,
    ReportDocument,
)


# How much of each list the page shows, and how long a free text may be ("…" after),
# from the roomiest to the most compact: the first that fits one page is printed.
@dataclass(frozen=True)
class _Budget:
    people: int
    meetings: int
    follow_ups: int
    commitments: int
    personal: int
    business: int
    line: int  # characters of a summary, next step, promise or fact
    short: int = 40  # of a name or job title


_BUDGETS = (
    _Budget(5, 3, 4, 5, 6, 3, 160),
    _Budget(5, 3, 4, 5, 6, 3, 100),
    _Budget(5, 3, 4, 5, 6, 3, 80, 36),
    _Budget(5, 3, 3, 4, 5, 3, 70, 34),
    _Budget(4, 3, 3, 4, 5, 2, 60, 30),
    _Budget(4, 2, 3, 3, 4, 2, 55, 30),
    _Budget(3, 2, 2, 2, 3, 1, 50, 26),
)
PERSON = 30  # characters of who told us a fact
_UL = "<ul style='margin-top: 2px; margin-bottom: 2px'>"

_INFLUENCE_ORDER = {Influence.HIGH: 0, Influence.MEDIUM: 1, Influence.LOW: 2}


def _cut(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _h2(text: str) -> str:
    """A section heading, closer to the section above than in longer reports."""
    return heading(2, text).replace("<h2>", "<h2 style='margin-top: 8px'>", 1)


def _note(text: str) -> str:
    return paragraph(text, "muted")


@dataclass(frozen=True)
class _Content:
    name: str
    subtitle: str
    lifecycle: str
    data: Brief
    people: list[ContactRow]
    commitments: list[CommitmentFact]
    now: datetime


def meeting_brief(
    conn: sqlite3.Connection, customer_id: str, now: datetime, author: str = ""
) -> ReportDocument:
    """The brief of one customer, in the language `speaking()` set (raises NotFound).
    `now` is naive UTC: what is overdue and the date printed under the title."""
    directory = CustomerDirectory(conn)
    customer = directory.detail(customer_id)
    data = brief(conn, customer_id)
    if customer is None or data is None:
        raise NotFound(customer_id)
    people = sorted(
        directory.contacts(customer_id), key=lambda c: _INFLUENCE_ORDER.get(c.influence, 1)
    )
    commitments = sorted(
        (c for c in commitment_facts(conn, customer_id) if c.outcome is CommitmentOutcome.OPEN),
        key=lambda c: (c.due is None, c.due or c.when),
    )
    where = ", ".join(part for part in (customer.city, customer.country) if part)
    prepared = QCoreApplication.translate("MeetingBrief", "Meeting brief, prepared on %1")
    prepared = prepared.replace("%1", short_date(now))
    content = _Content(
        name=customer.name,
        subtitle=" · ".join(part for part in (where, prepared) if part),
        lifecycle=customer.lifecycle_stage,
        data=data,
        people=people,
        commitments=commitments,
        now=now,
    )
    title = QCoreApplication.translate("MeetingBrief", "Meeting brief: %1")
    footer = QCoreApplication.translate("MeetingBrief", "%1 · meeting brief")
    report = ReportDocument(
        title=title.replace("%1", customer.name),
        author=author,
        html="",
        footer=footer.replace("%1", customer.name),
        page_label=QCoreApplication.translate("MeetingBrief", "Page %1 of %2"),
        letter=QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem,
    )
    for budget in _BUDGETS:
        report.html = _html(content, budget)
        if _fits_one_page(report):
            break
    return report


def _fits_one_page(report: ReportDocument) -> bool:
    """Laid out as write_pdf lays it out: the page's body, at 96 dpi, in the body font."""
    size = QPageSize(QPageSize.PageSizeId.Letter if report.letter else QPageSize.PageSizeId.A4)
    page = size.rect(QPageSize.Unit.Millimeter)
    pixels_per_mm = 96 / 25.4
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(BODY_FONT)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(report.html)
    document.setPageSize(
        QSizeF(
            (page.width() - 2 * MARGIN_MM) * pixels_per_mm,
            (page.height() - 2 * MARGIN_MM - FOOTER_MM) * pixels_per_mm,
        )
    )
    return document.pageCount() <= 1


def _html(content: _Content, budget: _Budget) -> str:
    data = content.data
    personal = QCoreApplication.translate("MeetingBrief", "Worth remembering (personal)")
    business = QCoreApplication.translate("MeetingBrief", "Their business")
    ask = QCoreApplication.translate("MeetingBrief", "Ask how these are going.")
    parts = [
        f"<h1>{esc(content.name)}</h1>",
        _note(content.subtitle),
        _stages(data, content.lifecycle),
        _people(content.people, budget),
        _meetings(data, budget),
        _follow_ups(data, content.now, budget),
        _commitments(content.commitments, content.now, budget),
        _facts(personal, data.personal_facts[: budget.personal], budget),
    ]
    if data.personal_facts:  # under the personal facts it is about
        parts.append(f"<p class='muted'><i>{esc(ask)}</i></p>")
    parts.append(_facts(business, data.business_facts[: budget.business], budget))
    return "".join(parts)


def _stages(data: Brief, lifecycle: str) -> str:
    rows = []
    if data.stage is not None:
        if data.stage_confirmed:
            status = QCoreApplication.translate("MeetingBrief", "confirmed")
        else:
            status = QCoreApplication.translate("MeetingBrief", "suggested")
        label = QCoreApplication.translate("MeetingBrief", "Relationship: %1 (%2)")
        label = label.replace("%1", stage_label(data.stage)).replace("%2", status)
        rows.append(f"<p><b>{esc(label)}</b> — {esc(stage_advice(data.stage))}</p>")
    else:
        label = QCoreApplication.translate(
            "MeetingBrief", "Relationship: not enough meetings yet to tell"
        )
        rows.append(f"<p><b>{esc(label)}</b></p>")
    try:
        stage = LifecycleStage(lifecycle)
    except ValueError:
        stage = LifecycleStage.PROSPECT
    label = QCoreApplication.translate("MeetingBrief", "Lifecycle: %1")
    label = label.replace("%1", lifecycle_stage_label(stage))
    rows.append(f"<p class='advice'><b>{esc(label)}</b> — {esc(playbook_text(stage))}</p>")
    return "".join(rows)


def _more(shown: int, total: int) -> str:
    """Under a capped list: how much of it the page shows (the app has the rest)."""
    if total <= shown:
        return ""
    text = QCoreApplication.translate("MeetingBrief", "Showing %1 of %2.")
    return _note(text.replace("%1", str(shown)).replace("%2", str(total)))


def _people(people: list[ContactRow], budget: _Budget) -> str:
    title = _h2(QCoreApplication.translate("MeetingBrief", "People"))
    if not people:
        return title + _note(QCoreApplication.translate("MeetingBrief", "No contacts yet."))
    name = QCoreApplication.translate("MeetingBrief", "Name")
    job = QCoreApplication.translate("MeetingBrief", "Job title")
    role = QCoreApplication.translate("MeetingBrief", "Buying role")
    rows = [
        (
            _cut(c.full_name, budget.short),
            _cut(c.job_title, budget.short),
            buying_role_label(c.buying_role),
        )
        for c in people[: budget.people]
    ]
    grid = table((name, job, role), rows, widths=(34, 40, 26))
    return title + grid + _more(budget.people, len(people))


def _meetings(data: Brief, budget: _Budget) -> str:
    title = _h2(QCoreApplication.translate("MeetingBrief", "Last meetings and next steps"))
    if not data.meetings:
        return title + _note(QCoreApplication.translate("MeetingBrief", "No meetings yet."))
    items = []
    for meeting in data.meetings[: budget.meetings]:
        kind = meeting_kind_label(meeting.kind)
        line = f"<b>{esc(short_date(meeting.started_at))}</b>, {esc(kind)}"
        if meeting.summary.strip():
            line += f": {esc(_cut(meeting.summary, budget.line))}"
        if meeting.next_steps.strip():
            steps = QCoreApplication.translate("MeetingBrief", "Next steps: %1")
            steps = steps.replace("%1", _cut(meeting.next_steps, budget.line))
            line += f"<br/><i>{esc(steps)}</i>"
        items.append(f"<li>{line}</li>")
    return title + _UL + "".join(items) + "</ul>"


def _follow_ups(data: Brief, now: datetime, budget: _Budget) -> str:
    if not data.follow_ups:
        return ""
    overdue = QCoreApplication.translate("MeetingBrief", "overdue")
    items = []
    for follow_up in data.follow_ups[: budget.follow_ups]:
        due = esc(short_date(follow_up.due_at))
        if follow_up.due_at < now:
            due = f"<span class='warning'>{due} ({esc(overdue)})</span>"
        items.append(f"<li><b>{due}</b> — {esc(_cut(follow_up.title, budget.line))}</li>")
    title = _h2(QCoreApplication.translate("MeetingBrief", "Open follow-ups"))
    return title + _UL + "".join(items) + "</ul>" + _more(budget.follow_ups, len(data.follow_ups))


def _commitments(commitments: list[CommitmentFact], now: datetime, budget: _Budget) -> str:
    title = _h2(QCoreApplication.translate("MeetingBrief", "Open commitments"))
    if not commitments:
        return title + _note(QCoreApplication.translate("MeetingBrief", "Nothing open."))
    items = []
    for commitment in commitments[: budget.commitments]:
        who = side_label(commitment.made_by)
        line = f"<b>{esc(who)}</b>: {esc(_cut(commitment.description, budget.line))}"
        if commitment.due is not None:
            due = QCoreApplication.translate("MeetingBrief", "due %1")
            due = due.replace("%1", short_date(commitment.due))
            style = "warning" if commitment.due < now else "muted"
            line += f" <span class='{style}'>({esc(due)})</span>"
        items.append(f"<li>{line}</li>")
    return title + _UL + "".join(items) + "</ul>" + _more(budget.commitments, len(commitments))


def _facts(title: str, facts: tuple[BriefFact, ...], budget: _Budget) -> str:
    if not facts:
        return ""
    items = []
    for fact in facts:
        who = f" ({esc(_cut(fact.person, PERSON))})" if fact.person else ""
        items.append(
            f"<li><b>{esc(topic_label(fact.topic))}</b>: {esc(_cut(fact.text, budget.line))}{who}, "
            f"<span class='muted'>{esc(short_date(fact.when))}</span></li>"
        )
    return _h2(title) + _UL + "".join(items) + "</ul>"
