"""`relationdesk report customer|brief|portfolio …`: PDF reports from the command line,
with no display (Qt draws offscreen). Exit codes (cli/exit_codes.ExitCode): 0 written,
1 nothing written (the reason on stderr), 2 a name that matches several customers (they
are listed)."""

import argparse
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.lookup import find_customer
from relationdesk.cli.messages import CommandError
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    import sqlite3

    from relationdesk.db.database import Database
    from relationdesk.services.reports.pdf import ReportDocument
    from relationdesk.settings import Settings

DEFAULT_PERIOD_DAYS = 365


def add_arguments(report: argparse.ArgumentParser) -> None:
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    customer = kinds.add_parser("customer", help="review of one customer, for an account review")
    brief = kinds.add_parser("brief", help="one-page brief to read before a visit")
    portfolio = kinds.add_parser("portfolio", help="review of all customers (or some)")
    for kind in (customer, brief):
        kind.add_argument("customer", metavar="NAME_OR_ID", help="the customer's name or id")
    for kind in (customer, brief, portfolio):
        kind.add_argument("--out", required=True, type=Path, help="the PDF file to write")
        kind.add_argument("--lang", choices=("en", "it", "id", "ro"), default="en")
        kind.add_argument("--author", default="", help="who prepared it (default: you)")
    customer.add_argument("--from", dest="start", type=date.fromisoformat,
                          help="first day covered, YYYY-MM-DD (default: a year ago)")  # fmt: skip
    customer.add_argument("--to", dest="end", type=date.fromisoformat,
                          help="last day covered, YYYY-MM-DD (default: today)")  # fmt: skip
    customer.add_argument("--include-texts", action="store_true",
                          help="print what was disclosed, not only domains and topics")  # fmt: skip
    customer.add_argument("--include-sensitive", action="store_true",
                          help="with --include-texts: sensitive disclosures too")  # fmt: skip
    sorts = ("name", "health", "revenue", "profit", "nps", "lifecycle")
    portfolio.add_argument("--sort", default="name", choices=sorts, help="row order (name)")
    portfolio.add_argument("--lifecycle", help="only customers at this stage, e.g. account")


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command
    from relationdesk.cli.messages import offscreen_application

    app = offscreen_application()
    try:
        out = args.out.expanduser()
        if not out.parent.is_dir():
            raise CommandError(f"the folder {out.parent} does not exist")
        db = open_for_command()
        try:
            _write(args, db, out)
        finally:
            db.close()
    finally:
        del app
    print(f"Written {out}")
    return ExitCode.OK


def _write(args: argparse.Namespace, db: "Database", out: Path) -> None:
    import getpass

    from relationdesk.i18n import speaking
    from relationdesk.paths import settings_file
    from relationdesk.services.reports.pdf import write_pdf
    from relationdesk.settings import Settings

    settings = Settings(settings_file())
    author = args.author or getpass.getuser()
    now = datetime.now(UTC).replace(tzinfo=None)
    try:
        with speaking(args.lang):
            if args.kind == "customer":
                document = _customer_review(db.reader, args, now, settings, author)
            elif args.kind == "brief":
                from relationdesk.services.reports.meeting_brief import meeting_brief

                customer_id = find_customer(db.reader, args.customer)
                document = meeting_brief(db.reader, customer_id, now, author)
            else:
                document = _portfolio_review(db.reader, args, now, settings, author)
        write_pdf(document, out)
    except OSError as error:
        raise CommandError(f"cannot write {out}: {error}") from error


def _customer_review(
    conn: "sqlite3.Connection",
    args: argparse.Namespace,
    now: datetime,
    settings: "Settings",
    author: str,
) -> "ReportDocument":
    from relationdesk.services.reports.customer_review import ReviewOptions, customer_review
    from relationdesk.settings import hourly_rates

    end = args.end or now.date()
    start = args.start or end - timedelta(days=DEFAULT_PERIOD_DAYS)
    if start > end:
        raise CommandError("--from must not be after --to")
    options = ReviewOptions(
        period_from=start,
        period_to=end,
        include_texts=args.include_texts,
        include_sensitive=args.include_texts and args.include_sensitive,
        author=author,
    )
    customer_id = find_customer(conn, args.customer)
    return customer_review(conn, customer_id, options, now, hourly_rates(settings))


def _portfolio_review(
    conn: "sqlite3.Connection",
    args: argparse.Namespace,
    now: datetime,
    settings: "Settings",
    author: str,
) -> "ReportDocument":
    from relationdesk.domain.enums import LifecycleStage
    from relationdesk.services.reports.portfolio_review import (
        PortfolioOptions,
        PortfolioSort,
        portfolio_data,
        portfolio_review,
    )
    from relationdesk.settings import QUIET_DAYS, disengage_thresholds, hourly_rates

    ids = None
    if args.lifecycle:
        try:
            stage = LifecycleStage(args.lifecycle)
        except ValueError as error:
            stages = ", ".join(s.value for s in LifecycleStage)
            raise CommandError(f"unknown lifecycle stage {args.lifecycle!r}: {stages}") from error
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM customer WHERE lifecycle_stage = ?", [stage.value])]  # fmt: skip
    options = PortfolioOptions(
        customer_ids=ids,
        sort=PortfolioSort(args.sort),
        author=author,
        quiet_days=settings.get(QUIET_DAYS),  # as the dashboard counts them
    )
    data = portfolio_data(
        conn, options, now, hourly_rates(settings), disengage_thresholds(settings)
    )
    return portfolio_review(data)


register(Command("report", "write a PDF report (needs no display)", run, add_arguments))
