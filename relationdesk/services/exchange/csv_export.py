"""Customers and their contacts as one CSV file: a row per contact (a customer without
contacts gets one row), UTF-8 with a BOM so Excel reads the diacritics right, every cell
neutralised against formula injection. Written to a temporary file and renamed, so a
failed export never leaves half a file."""

import csv
import sqlite3
from pathlib import Path

from relationdesk.domain.csv_cells import neutralised
from relationdesk.domain.progress import Cancelled, Progress
from relationdesk.services.atomic_file import replaced_atomically

COLUMNS = (
    ("customer", "name"),
    ("customer", "industry"),
    ("customer", "city"),
    ("customer", "country"),
    ("customer", "owner"),
    ("customer", "notes"),
    ("customer", "currency"),
    ("customer", "lifecycle_stage"),
    ("contact", "full_name"),
    ("contact", "job_title"),
    ("contact", "email"),
    ("contact", "phone"),
    ("contact", "mobile"),
    ("contact", "preferred_language"),
)
HEADER = tuple(f"{table}_{column}" for table, column in COLUMNS)

_QUERY = f"""
SELECT {", ".join(f"coalesce({t}.{c}, '')" for t, c in COLUMNS)}
FROM customer LEFT JOIN contact ON contact.customer_id = customer.id
ORDER BY customer.sort_key, customer.id, contact.sort_key, contact.id
"""


class ExportCancelled(Cancelled):
    """The user stopped the export; no file was written."""


def export_customers(
    conn: sqlite3.Connection,
    target: Path,
    on_progress: Progress | None = None,
) -> int:
    """Write the file; returns the number of rows. `on_progress(rows, 0)` is called every
    500 rows and returns False to cancel (then nothing is left behind)."""
    rows = 0
    with replaced_atomically(
        target, "w", prefix=".export-", suffix=".csv", encoding="utf-8-sig", newline=""
    ) as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for row in conn.execute(_QUERY):
            writer.writerow([neutralised(str(cell)) for cell in row])
            rows += 1
            if on_progress is not None and rows % 500 == 0 and not on_progress(rows, 0):
                raise ExportCancelled
    return rows
