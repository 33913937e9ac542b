"""Files going out and coming in whole: an export is written to a temporary file next to
the target and renamed over it only when complete (a failure or a cancel leaves nothing,
and never replaces an older file); an import refuses a file too large to be what it
claims before reading a byte of it."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from relationdesk.domain.progress import Progress
from relationdesk.services.atomic_file import replaced_atomically
from relationdesk.services.exchange.csv_export import ExportCancelled

__all__ = ["ExportCancelled", "Progress", "ProgressTicker", "written_atomically"]



@contextmanager
def written_atomically(target: Path, *, suffix: str = ".part") -> Iterator[IO[str]]:
    """A UTF-8 text file that becomes `target` when the block ends without an exception."""
    with replaced_atomically(
        target, "w", prefix=".export-", suffix=suffix, encoding="utf-8", newline=""
    ) as file:
        yield file


class ProgressTicker:
    """Calls `on_progress` every `every` steps (and at the end); raises ExportCancelled
    (or the given exception) as soon as it answers False."""

    def __init__(
        self,
        on_progress: Progress | None,
        total: int,
        every: int = 200,
        cancelled: type[Exception] = ExportCancelled,
    ) -> None:
        self._on_progress = on_progress
        self.total = total
        self.done = 0
        self._every = every
        self._cancelled = cancelled

    def step(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if before // self._every != self.done // self._every:
            self.report()

    def report(self) -> None:
        if self._on_progress is not None and not self._on_progress(self.done, self.total):
            raise self._cancelled
