"""Writing a file whole or not at all: into a temporary file next to the target, synced,
then renamed over it. A failure or a cancel leaves the old file (if any) untouched.

Every file RelationDesk writes for the user (exports, reports, personal data) goes
through here, so one check keeps them all off special files: renaming over a FIFO or a
device (possible as root) would replace it with a regular file.
"""

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


class NotARegularFile(OSError):
    """The target exists and is not a regular file (a FIFO, a device, a folder, a
    socket): nothing is written. An OSError, so every "could not write" path shows it."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            f"{target} is not a regular file (it is a device, a pipe or a folder), "
            "so nothing was written to it: choose a file name"
        )
        self.target = target


def check_target(target: Path) -> None:
    """Raise NotARegularFile unless `target` is a regular file (or a link to one) or a
    new path."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return  # a new path (or a dangling link, which the rename replaces)
    if not stat.S_ISREG(mode):
        raise NotARegularFile(Path(target))


@contextmanager
def replaced_by_path(target: Path, prefix: str = "", suffix: str = ".part") -> Iterator[Path]:
    """A temporary path next to `target` for a writer that wants a file name (QPdfWriter);
    on a clean exit it is synced and renamed over `target`."""
    target = Path(target)
    check_target(target)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(
        prefix=prefix or f".{target.stem}-", suffix=suffix, dir=folder
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        synced = os.open(temp, os.O_RDWR)  # read-write: Windows cannot sync a read-only handle
        try:
            os.fsync(synced)
        finally:
            os.close(synced)
        check_target(target)  # it may have become a FIFO while we wrote
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def replaced_atomically(
    target: Path, mode: str = "w", *, prefix: str = "", suffix: str = ".part", **open_args: Any
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on a clean exit it becomes `target`."""
    with replaced_by_path(target, prefix, suffix) as temp, open(temp, mode, **open_args) as file:
        yield file
        file.flush()


def write_text_atomically(target: Path, write: Callable[[IO[str]], object]) -> None:
    with replaced_atomically(target, "w", encoding="utf-8", newline="") as file:
        write(file)
