"""SQLite's own checks: quick_check first, then integrity_check (REINDEX when only an
index disagrees with its table)."""

import sqlite3

from relationdesk.services.db_check.base import (
    FILE_ERRORS,
    INTEGRITY_CHECK,
    QUICK_CHECK,
    BeforeFixing,
    Finding,
    about_the_file,
    btrees_only,
    pragma_messages,
    summary,
    transaction,
    verdict,
)

# --- SQLite's own checks -------------------------------------------------------------


def check_structure(
    conn: sqlite3.Connection, before: BeforeFixing | None, findings: list[Finding]
) -> bool:
    """True when the file is sound enough for the app's checks (and their fixes).

    quick_check first (the b-trees themselves, linear time); integrity_check also
    compares every index with its table. A mismatch there on sound b-trees is fixed by
    REINDEX; anything quick_check finds is not fixable here.
    """
    messages = btrees_only(verdict(conn, "quick_check"))
    if messages != ["ok"]:
        findings.append(Finding(QUICK_CHECK, "corrupt", False, summary(messages), len(messages)))
        messages = verdict(conn, "integrity_check")
        if messages != ["ok"]:
            findings.append(
                Finding(INTEGRITY_CHECK, "corrupt", False, summary(messages), len(messages))
            )
        return False
    try:
        messages = btrees_only(pragma_messages(conn, "integrity_check"))
    except FILE_ERRORS as error:  # damage quick_check did not reach: no repairs
        if not about_the_file(error):
            raise
        findings.append(Finding(INTEGRITY_CHECK, "corrupt", False, str(error), 1))
        return False
    if messages == ["ok"]:
        return True
    fixed = False
    failure = ""
    if before is not None:
        try:
            before()
            with transaction(conn):
                conn.execute("REINDEX")
            fixed = btrees_only(pragma_messages(conn, "integrity_check")) == ["ok"]
        except FILE_ERRORS as error:
            if not about_the_file(error):
                raise
            failure = f" (fix failed: {error})"
    findings.append(
        Finding(
            INTEGRITY_CHECK, "index_mismatch", fixed, summary(messages) + failure, len(messages)
        )
    )
    return fixed  # with indexes that disagree with their tables, every query below might lie

