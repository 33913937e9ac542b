"""Reading a CSV file someone else made: the bytes decoded, the dialect found, the rows
parsed with the line each starts on. Pure Python, so the command line, the services and
the tests read files exactly as the window does.

A file is streamed, never held whole: one pass checks the bytes (the encoding, no control
characters), one parses every row (the header, the count, a quote left open), and each
later use of `CsvTable.rows` reads the rows again from the file. So memory stays the
same for ten rows or a million (it used to be about 160 bytes per byte of the file).

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
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from typing import BinaryIO, TypeVar, overload

from relationdesk.domain.csv_cells import readable
from relationdesk.domain.progress import Cancelled, Progress

MAX_FILE_BYTES = 50 * 1024 * 1024  # ~250,000 rows of a wide sheet; far beyond any portfolio
MAX_FIELD_CHARS = 100_000  # one cell; more is a damaged file, not a note
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
_SNIFF_ROWS = 50
_CHUNK = 1024 * 1024  # bytes read at a time
Opener = Callable[[], BinaryIO]  # opens the file afresh: a table is read in several passes
# Told how far the check has come: (bytes done, bytes in all); answers False to stop.
ReadProgress = Progress
_PROGRESS_ROWS = 5000  # rows between reports while the rows are parsed


_T = TypeVar("_T")


class ReadCancelled(Cancelled):
    """The user stopped reading the file."""
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


class CsvRows:
    """A file's data rows (blank ones dropped, the header left out), read from the file
    again on each pass: a million rows never sit in memory together."""

    def __init__(self, open_file: Opener, encoding: str, delimiter: str, count: int,
                 own_export: bool) -> None:  # fmt: skip
        self._open = open_file
        self._encoding = encoding
        self._delimiter = delimiter
        self._count = count
        self._own = own_export

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[CsvRow]:
        rows = _parsed(self._open, self._encoding, self._delimiter)
        try:
            next(rows, None)  # the header
            for row in rows:
                yield CsvRow(row.line, tuple(readable(c) for c in row.cells)) if self._own else row
        finally:
            rows.close()  # the file is closed by whoever stops reading, in its thread

    @overload
    def __getitem__(self, index: int) -> CsvRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[CsvRow]: ...
    def __getitem__(self, index: int | slice) -> CsvRow | list[CsvRow]:
        """The first rows (a preview) without reading further than them."""
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            return self._read(lambda rows: list(islice(rows, start, stop, step)))
        position = index + self._count if index < 0 else index
        if not 0 <= position < self._count:
            raise IndexError(index)
        return self._read(lambda rows: next(islice(rows, position, None)))

    def _read(self, take: Callable[[Iterator[CsvRow]], _T]) -> _T:
        """What `take` reads of the rows; the file is closed at once after, not whenever
        the garbage collector (on whatever thread) gets to an abandoned generator."""
        rows = iter(self)
        try:
            return take(rows)
        finally:
            rows.close()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class CsvTable:
    """A checked file: the header, the data rows (streamed) and how it was read."""

    encoding: str  # "utf-8-sig", "utf-8" or "cp1252"
    delimiter: str
    header: tuple[str, ...]
    rows: CsvRows
    own_export: bool  # our own export: cells were given back as written (csv_cells)


class _Lines:
    """Line numbers as csv counts them (LF, CR LF or a lone CR ends a line), for a file
    seen a chunk at a time."""

    def __init__(self) -> None:
        self._done = 0  # line breaks before the current chunk
        self._after_cr = False  # the chunk before ended with CR

    def at(self, chunk: bytes | str, position: int) -> int:
        """The 1-based line of chunk[position]."""
        return self._done + _breaks(chunk[: max(position, 0)], self._after_cr) + 1

    def feed(self, chunk: bytes | str) -> None:
        if chunk:
            self._done += _breaks(chunk, self._after_cr)
            self._after_cr = chunk[-1:] in ("\r", b"\r")


def _breaks(piece: bytes | str, after_cr: bool) -> int:
    if isinstance(piece, str):
        found = piece.count("\n") + piece.count("\r") - piece.count("\r\n")
        return found - (after_cr and piece.startswith("\n"))
    found = piece.count(b"\n") + piece.count(b"\r") - piece.count(b"\r\n")
    return found - (after_cr and piece.startswith(b"\n"))


def _scan(
    open_file: Opener, encoding: str, on_bytes: Callable[[int], None] | None = None
) -> CsvError | None:
    """What is wrong with the file read in `encoding`, streamed: a NUL byte (first, as
    anywhere in the file it means "not text"), undecodable bytes, a control character."""
    decoder = codecs.getincrementaldecoder(encoding)()
    byte_lines, text_lines = _Lines(), _Lines()
    undecodable: CsvError | None = None
    control: CsvError | None = None
    with open_file() as file:
        while chunk := file.read(_CHUNK):
            nul = chunk.find(b"\x00")
            if nul >= 0:  # UTF-16 files and binaries: refused rather than half-read
                return CsvError(CsvProblem.BINARY, byte_lines.at(chunk, nul))
            if undecodable is None:
                pending = len(decoder.getstate()[0])
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    at = byte_lines.at(chunk, error.start - pending)
                    undecodable = CsvError(CsvProblem.UNDECODABLE, at)
                else:
                    found = _CONTROL.search(text) if control is None else None
                    if found is not None:
                        control = CsvError(CsvProblem.BINARY, text_lines.at(text, found.start()))
                    text_lines.feed(text)
            byte_lines.feed(chunk)
            if on_bytes is not None:
                on_bytes(file.tell())
        if undecodable is None:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:  # the file ends inside a character
                undecodable = CsvError(CsvProblem.UNDECODABLE, byte_lines.at(b"", 0))
    return undecodable or control


def check_encoding(open_file: Opener, on_bytes: Callable[[int], None] | None = None) -> str:
    """The encoding the file is in. Raises CsvError (with the line) for NUL bytes,
    control characters, or bytes that are neither UTF-8 nor Windows-1252."""
    with open_file() as file:
        bom = file.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
    candidates = ("utf-8-sig",) if bom else ("utf-8", "cp1252")  # a BOM: no second guess
    failure: CsvError | None = None
    for encoding in candidates:
        failure = _scan(open_file, encoding, on_bytes)
        if failure is None:
            return encoding
        if failure.problem is not CsvProblem.UNDECODABLE:
            raise failure
    assert failure is not None
    raise failure


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in (a small file held in memory)."""
    if len(data) > MAX_FILE_BYTES:
        raise CsvError(CsvProblem.TOO_LARGE)
    encoding = check_encoding(lambda: io.BytesIO(data))
    return data.decode(encoding), encoding


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


def _parsed(
    open_file: Opener,
    encoding: str,
    delimiter: str,
    on_bytes: Callable[[int], None] | None = None,
) -> Generator[CsvRow, None, None]:
    """Every non-blank row, the header included, with the line it starts on, streamed.
    Raises CsvError naming the line of a quoted field that never closes, or of quotes
    used wrongly."""
    previous_field_limit = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        with open_file() as raw, io.TextIOWrapper(raw, encoding, newline="") as text:
            reader = csv.reader(text, delimiter=delimiter, quotechar='"', strict=True)
            start = 1
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as error:
                    raise _parse_error(str(error), start) from error
                if any(cell.strip() for cell in cells):
                    yield CsvRow(start, tuple(cells))
                start = reader.line_num + 1
                if on_bytes is not None and reader.line_num % _PROGRESS_ROWS == 0:
                    on_bytes(raw.tell())
    finally:
        csv.field_size_limit(previous_field_limit)


def _parse_error(message: str, line: int) -> CsvError:
    if "end of data" in message:
        return CsvError(CsvProblem.UNCLOSED_QUOTE, line, message)
    if "field larger" in message:
        return CsvError(CsvProblem.FIELD_TOO_LONG, line, message)
    return CsvError(CsvProblem.BAD_QUOTES, line, message)


def open_table(open_file: Opener, on_progress: ReadProgress | None = None) -> CsvTable:
    """Check a whole file in two streaming passes (its bytes, then its rows) and give its
    table: the first non-blank row is the header; the rows are read again when used.
    `on_progress(done, total)` counts both passes' bytes (total: twice the size)."""
    with open_file() as file:
        size = file.seek(0, io.SEEK_END)

    def reporter(before: int) -> Callable[[int], None] | None:
        def report(done: int) -> None:
            if on_progress is not None and not on_progress(before + done, 2 * size):
                raise ReadCancelled

        return report if on_progress is not None else None

    encoding = check_encoding(open_file, reporter(0))
    with open_file() as raw, io.TextIOWrapper(raw, encoding, newline="") as text:
        sample = text.read(_SNIFF_CHARS + 1)
    delimiter = sniff_delimiter(sample)
    rows = _parsed(open_file, encoding, delimiter, reporter(size))
    first = next(rows, None)
    if first is None:
        raise CsvError(CsvProblem.EMPTY)
    count = sum(1 for _row in rows)  # every row parsed once: a broken quote is found now
    header = tuple(cell.strip() for cell in first.cells)
    own = header == OWN_HEADER
    return CsvTable(encoding, delimiter, header, CsvRows(open_file, encoding, delimiter, count,
                                                         own), own)  # fmt: skip


def read_table(data: bytes) -> CsvTable:
    """A table from bytes in memory (small files, tests); files go through open_table."""
    if len(data) > MAX_FILE_BYTES:
        raise CsvError(CsvProblem.TOO_LARGE)
    return open_table(lambda: io.BytesIO(data))
