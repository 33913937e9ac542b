"""Reading a CSV file someone else made: the bytes decoded, the dialect found, the rows
parsed with the line each starts on. Pure Python, so the command line, the services and
the tests read files exactly as the window does.

What a file may be: UTF-8 with or without a BOM (what we write, what LibreOffice and
Google Sheets write) or Windows-1252 (what Excel writes on a Western European Windows).
Anything else is refused with a CsvError naming the line at fault, never guessed at:
an import that silently turns "Città" into "CittÃ " does more harm than one that stops.
"""

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from relationdesk.domain.csv_cells import readable

MAX_FILE_BYTES = 50 * 1024 * 1024  # ~250,000 rows of a wide sheet; far beyond any portfolio
MAX_FIELD_CHARS = 100_000  # one cell; more is a damaged file, not a note
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
_SNIFF_ROWS = 50
# Control characters never found in a spreadsheet's text (tab, LF and CR are fine).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Our own export's header: a file carrying it had its cells neutralised (csv_cells).
OWN_HEADER = (
    "customer_name",
    "customer_industry",
    "customer_city",
    "customer_country",
    "customer_owner",
    "customer_notes",
    "customer_currency",
    "customer_lifecycle_stage",
    "contact_full_name",
    "contact_job_title",
    "contact_email",
    "contact_phone",
    "contact_mobile",
    "contact_preferred_language",
)


class CsvProblem(StrEnum):
    """Why a file cannot be read; the UI says each in the user's language."""

    TOO_LARGE = "too_large"
    EMPTY = "empty"
    BINARY = "binary"  # NUL or other control bytes: not a text file
    UNDECODABLE = "undecodable"  # neither UTF-8 nor Windows-1252
    UNCLOSED_QUOTE = "unclosed_quote"  # a quoted field runs to the end of the file
    BAD_QUOTES = "bad_quotes"  # text right after a closing quote, and the like
    FIELD_TOO_LONG = "field_too_long"
    UNREADABLE = "unreadable"  # the file could not be opened or read


class CsvError(Exception):
    """A file we will not import. `line` is 1-based (None when the whole file is at fault)."""

    def __init__(self, problem: CsvProblem, line: int | None = None, detail: str = "") -> None:
        super().__init__(f"{problem.value} at line {line}: {detail}" if line else problem.value)
        self.problem = problem
        self.line = line
        self.detail = detail


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts in the file (a quoted cell may span several lines)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CsvTable:
    """A parsed file: the header, the data rows (blank ones dropped) and how it was read."""

    encoding: str  # "utf-8-sig", "utf-8" or "cp1252"
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    own_export: bool  # our own export: cells were given back as written (csv_cells)


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of a byte, lines ending in LF, CR LF or a lone CR (as csv reads)."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in. Raises CsvError (with the line) for NUL bytes,
    control characters, or bytes that are neither UTF-8 nor Windows-1252."""
    if len(data) > MAX_FILE_BYTES:
        raise CsvError(CsvProblem.TOO_LARGE)
    nul = data.find(b"\x00")
    if nul >= 0:  # UTF-16 files and binaries: refused rather than half-read
        raise CsvError(CsvProblem.BINARY, _line_at(data, nul))
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:  # a BOM promises UTF-8: no second guess
            raise CsvError(CsvProblem.UNDECODABLE, _line_at(data, error.start)) from error
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as error:  # 0x81 0x8D 0x8F 0x90 0x9D: not cp1252
                raise CsvError(CsvProblem.UNDECODABLE, _line_at(data, error.start)) from error
    control = _CONTROL.search(text)
    if control is not None:
        at = len(text[: control.start()].encode(encoding))
        raise CsvError(CsvProblem.BINARY, _line_at(data, at))
    return text, encoding


def _rows_per_delimiter(sample: str, delimiter: str) -> list[int]:
    """How many cells each of the first rows has when split by `delimiter`."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    counts: list[int] = []
    try:
        for row in reader:
            if any(row):
                counts.append(len(row))
            if len(counts) >= _SNIFF_ROWS:
                break
    except csv.Error:
        pass
    return counts


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the same number (>1) of cells most
    often; csv.Sniffer when none does; a comma when even that cannot tell."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS:  # a cut last row would count wrong
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        counts = _rows_per_delimiter(sample, delimiter)
        if not counts:
            continue
        columns, agreeing = Counter(counts).most_common(1)[0]
        if columns < 2:
            continue
        # Rows agreeing on the same width count most; the header's own width breaks ties.
        score = agreeing / len(counts) + (0.5 if counts[0] == columns else 0) + columns / 1000
        if score > best_score:
            best, best_score = delimiter, score
    if best_score:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ","


def parse(text: str, delimiter: str) -> list[CsvRow]:
    """Every non-blank row with the line it starts on. Raises CsvError naming the line of
    a quoted field that never closes, or of quotes used wrongly."""
    previous_field_limit = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        reader = csv.reader(
            io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
        )
        rows: list[CsvRow] = []
        start = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return rows
            except csv.Error as error:
                raise _parse_error(str(error), start) from error
            if any(cell.strip() for cell in cells):
                rows.append(CsvRow(start, tuple(cells)))
            start = reader.line_num + 1
    finally:
        csv.field_size_limit(previous_field_limit)


def _parse_error(message: str, line: int) -> CsvError:
    if "end of data" in message:
        return CsvError(CsvProblem.UNCLOSED_QUOTE, line, message)
    if "field larger" in message:
        return CsvError(CsvProblem.FIELD_TOO_LONG, line, message)
    return CsvError(CsvProblem.BAD_QUOTES, line, message)


def read_table(data: bytes) -> CsvTable:
    """Decode, sniff and parse a whole file. The first non-blank row is the header."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    rows = parse(text, delimiter)
    if not rows:
        raise CsvError(CsvProblem.EMPTY)
    header = tuple(cell.strip() for cell in rows[0].cells)
    own = header == OWN_HEADER
    body = rows[1:]
    if own:
        body = [CsvRow(row.line, tuple(readable(cell) for cell in row.cells)) for row in body]
    return CsvTable(encoding, delimiter, header, tuple(body), own)
