"""The readable side of a GDPR access answer: everything held about one person, as a
PDF in the language the caller is speaking (i18n.speaking)."""

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.meetings import Depth, DisclosureDomain, MeetingKind
from relationdesk.l10n.formatting import qdate, short_date
from relationdesk.l10n.labels import (
    buying_role_label,
    depth_label,
    domain_label,
    influence_label,
    meeting_kind_label,
    topic_label,
)
from relationdesk.services.personal_data import PersonalData, write_personal_data_json
from relationdesk.services.reports.html import facts, heading, paragraph, table
from relationdesk.services.reports.pdf import ReportDocument, write_pdf

translate = QCoreApplication.translate  # as translate("PersonalDataReport", "literal")


def _moment(value: object) -> str:
    return short_date(datetime.fromisoformat(str(value))) if value else ""


def _day(value: object) -> str:
    if not value:
        return ""
    return QLocale().toString(qdate(date.fromisoformat(str(value))), QLocale.FormatType.ShortFormat)


def _label(kind: type, value: object, label: object) -> str:
    """A stored vocabulary value in words; an unknown one (a newer version's) as it is."""
    try:
        return str(label(kind(value)))  # type: ignore[operator]
    except ValueError:
        return str(value)


def personal_data_report(data: PersonalData, author: str = "") -> ReportDocument:
    contact, customer = data.contact, data.customer
    name = str(contact["full_name"])
    title = translate("PersonalDataReport", "Personal data held about %1").replace("%1", name)
    none = translate("PersonalDataReport", "None.")
    parts = [
        heading(1, title),
        paragraph(
            translate(
                "PersonalDataReport",
                "Everything this RelationDesk database holds about the person, to answer an "
                "access request. Exported on %1.",
            ).replace("%1", _moment(data.exported_at.rstrip("Z"))),
            "muted",
        ),
        heading(2, translate("PersonalDataReport", "Contact record")),
        facts(
            [
                (translate("PersonalDataReport", "Name:"), name),
                (translate("PersonalDataReport", "Company:"), str(customer["name"])),
                (translate("PersonalDataReport", "Job title:"), str(contact["job_title"])),
                (
                    translate("PersonalDataReport", "Buying role:"),
                    _label(BuyingRole, contact["buying_role"], buying_role_label),
                ),
                (
                    translate("PersonalDataReport", "Influence:"),
                    _label(Influence, contact["influence"], influence_label),
                ),
                (translate("PersonalDataReport", "E-mail:"), str(contact["email"])),
                (translate("PersonalDataReport", "Phone:"), str(contact["phone"])),
                (translate("PersonalDataReport", "Mobile:"), str(contact["mobile"])),
                (translate("PersonalDataReport", "Language:"), str(contact["preferred_language"])),
                (translate("PersonalDataReport", "Notes:"), str(contact["notes"])),
                (translate("PersonalDataReport", "Recorded on:"), _moment(contact["created_at"])),
            ]
        ),
    ]
    meetings = [
        (
            _moment(m["started_at"]),
            _label(MeetingKind, m["kind"], meeting_kind_label),
            str(m["place"]),
            str(m["summary"]),
            str(m["next_steps"]),
        )
        for m in data.meetings
    ]
    parts += _section(
        translate("PersonalDataReport", "Meetings attended"),
        (
            translate("PersonalDataReport", "Date"),
            translate("PersonalDataReport", "Kind"),
            translate("PersonalDataReport", "Place"),
            translate("PersonalDataReport", "Summary"),
            translate("PersonalDataReport", "Next steps"),
        ),
        meetings,
        (11, 13, 14, 36, 26),
        none,
    )
    withheld = translate("PersonalDataReport", "(sensitive: not included)")
    said = [
        (
            _moment(d["disclosed_at"]),
            _label(DisclosureDomain, d["domain"], domain_label),
            topic_label(str(d["topic"])),
            _label(Depth, d["depth"], depth_label),
            withheld if d["text"] is None else str(d["text"]),
        )
        for d in data.disclosures
    ]
    parts += _section(
        translate("PersonalDataReport", "What the person told us"),
        (
            translate("PersonalDataReport", "Date"),
            translate("PersonalDataReport", "Domain"),
            translate("PersonalDataReport", "Topic"),
            translate("PersonalDataReport", "Depth"),
            translate("PersonalDataReport", "What was said"),
        ),
        said,
        (11, 14, 15, 14, 46),
        none,
    )
    answers = [
        (_day(r["answered_on"]), str(r["score"]), str(r["note"])) for r in data.recommendations
    ]
    parts += _section(
        translate("PersonalDataReport", "Recommendation answers"),
        (
            translate("PersonalDataReport", "Date"),
            translate("PersonalDataReport", "Answer (0-10)"),
            translate("PersonalDataReport", "Note"),
        ),
        answers,
        (15, 15, 70),
        none,
        numbers=(1,),
    )
    referrals = [
        (_day(r["referred_on"]), str(r["referred_customer"]), str(r["note"]))
        for r in data.referrals
    ]
    parts += _section(
        translate("PersonalDataReport", "Referrals made"),
        (
            translate("PersonalDataReport", "Date"),
            translate("PersonalDataReport", "Recommended us to"),
            translate("PersonalDataReport", "Note"),
        ),
        referrals,
        (15, 35, 50),
        none,
    )
    return ReportDocument(
        title=title,
        author=author,
        html="".join(parts),
        footer=title,
        page_label=translate("PersonalDataReport", "Page %1 of %2"),
        letter=QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem,
    )


def _section(
    title: str,
    headers: tuple[str, ...],
    rows: Sequence[Sequence[str]],
    widths: tuple[int, ...],
    none: str,
    numbers: tuple[int, ...] = (),
) -> list[str]:
    """A heading, then its table, or "None." when there is nothing to show."""
    body = table(headers, rows, numbers, widths) if rows else paragraph(none, "muted")
    return [heading(2, title), body]


def write_personal_data_files(data: PersonalData, pdf: Path) -> tuple[Path, Path]:
    """The PDF (in the language being spoken) and, next to it, the JSON with the same
    name; both whole or neither. Returns (pdf, json); `pdf` gets ".pdf" if it lacks it."""
    target = pdf if pdf.suffix.lower() == ".pdf" else pdf.with_suffix(".pdf")
    json_target = target.with_suffix(".json")
    write_pdf(personal_data_report(data), target)
    try:
        write_personal_data_json(data, json_target)
    except OSError:
        target.unlink(missing_ok=True)  # both files or neither
        raise
    return target, json_target
