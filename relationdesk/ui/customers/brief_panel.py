"""The brief before the next visit: promises, what they told us, what to ask about."""

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from relationdesk.db.database import Database
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import meeting_kind_label, stage_label, topic_label
from relationdesk.l10n.stage_advice import stage_advice
from relationdesk.services.brief import Brief, BriefFact, brief
from relationdesk.ui.shared.qt_helpers import describe, named


class BriefPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefPanel")
        self._db = db
        self._customer_id: str | None = None
        self.browser = named(QTextBrowser(), "briefText")
        self.browser.setOpenLinks(False)
        self._describe()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def _describe(self) -> None:
        describe(
            self.browser,
            self.tr("Brief"),
            self.tr("What to remember before the next meeting: promises, last disclosures, advice"),
        )

    def show_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        data = brief(self._db.reader, customer_id) if customer_id else None
        self.browser.setHtml(self.render_html(data) if data else "")

    def render_html(self, data: Brief) -> str:
        # tr() outside the f-strings below: lupdate cannot see calls inside them.
        promised = self.tr("Promised and open")
        nothing_open = self.tr("Nothing open.")
        last_meetings = self.tr("Last meetings")
        no_meetings = self.tr("No meetings yet.")
        ask = self.tr("Ask how these are going.")
        e = html.escape
        parts: list[str] = []
        if data.stage is not None:
            status = self.tr("confirmed") if data.stage_confirmed else self.tr("suggested")
            parts.append(f"<h3>{e(stage_label(data.stage))} <small>({e(status)})</small></h3>")
            parts.append(f"<p>{e(stage_advice(data.stage))}</p>")
        parts.append("<h4>" + e(promised) + "</h4>")
        if data.follow_ups:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li><b>{e(short_date(f.due_at))}</b> — {e(f.title)}</li>"
                    for f in data.follow_ups
                )
                + "</ul>"
            )
        else:
            parts.append("<p>" + e(nothing_open) + "</p>")
        parts.append("<h4>" + e(last_meetings) + "</h4>")
        if data.meetings:
            items = []
            for meeting in data.meetings:
                line = f"<b>{e(short_date(meeting.started_at))}</b>, "
                line += e(meeting_kind_label(meeting.kind))
                summary = meeting.summary.splitlines()[0] if meeting.summary else ""
                if summary:
                    line += f": {e(summary)}"
                if meeting.next_steps:
                    line += (
                        "<br/><i>"
                        + e(self.tr("Next steps: %1").replace("%1", meeting.next_steps))
                        + "</i>"
                    )
                items.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + e(no_meetings) + "</p>")
        for title, facts in (
            (self.tr("What they told us (personal)"), data.personal_facts),
            (self.tr("What they told us (business)"), data.business_facts),
        ):
            if facts:
                parts.append(f"<h4>{e(title)}</h4><ul>{''.join(self._fact(f) for f in facts)}</ul>")
        if data.personal_facts:
            parts.append("<p><i>" + e(ask) + "</i></p>")
        return "".join(parts)

    def _fact(self, fact: BriefFact) -> str:
        e = html.escape
        who = f" ({e(fact.person)})" if fact.person else ""
        return (
            f"<li><b>{e(topic_label(fact.topic))}</b>: {e(fact.text)}{who}, "
            f"{e(short_date(fact.when))}</li>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.show_customer(self._customer_id)
        super().changeEvent(event)
