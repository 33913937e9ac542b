"""Whatever a file holds, reading it gives rows or a CsvError that says where: never a
crash, never a hang. And whatever our export writes, our import reads back unchanged."""

import codecs
import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relationdesk.domain.csv_cells import neutralised
from relationdesk.domain.csv_import import OWN_HEADER, CsvError, read_table
from relationdesk.domain.csv_import_plan import plan_import, row_fields
from relationdesk.domain.csv_mapping import guess_mapping

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes) -> None:
    try:
        table = read_table(data)
    except CsvError as error:
        breaks = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")
        assert error.line is None or 1 <= error.line <= breaks + 1
        return
    mapping = guess_mapping(table.header)
    lines = [row.line for row in table.rows]
    assert lines == sorted(lines)
    plan_import(table, mapping, {})  # the plan is made from anything that parsed


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    _read(data)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=500))
def test_random_text_never_crashes(text: str) -> None:
    _read(text.encode("utf-8"))
    _read(codecs.BOM_UTF8 + text.encode("utf-8"))


_CSV_ALPHABET = st.sampled_from(list("ab,;\t\"\n\r '=+-@ăș€"))


@FAST
@given(st.text(alphabet=_CSV_ALPHABET, max_size=300))
def test_csv_like_text_never_crashes(text: str) -> None:
    _read(text.encode("utf-8"))
    _read(text.encode("cp1252", errors="replace"))


# Cells as our export writes them: any text a user can type, with line breaks and formulas.
_CELL = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
    | st.sampled_from(["\n", "\t", "=", "+", "-", "@", "'", '"', ",", ";"]),
    max_size=30,
)


@FAST
@given(st.lists(st.lists(_CELL, min_size=len(OWN_HEADER), max_size=len(OWN_HEADER)),
                min_size=1, max_size=8))  # fmt: skip
def test_our_export_reads_back_unchanged(rows: list[list[str]]) -> None:
    for row in rows:
        row[0] = row[0].strip() or "Customer"  # a blank row is dropped, as it should be
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(OWN_HEADER)
    for row in rows:
        writer.writerow([neutralised(cell) for cell in row])
    table = read_table(codecs.BOM_UTF8 + out.getvalue().encode("utf-8"))
    assert table.own_export
    assert [list(row.cells) for row in table.rows] == rows
    mapping = guess_mapping(table.header)
    for parsed, written in zip(table.rows, rows, strict=True):
        customer, _contact = row_fields(parsed, mapping)
        assert customer.name == written[0].strip()
