"""Writing a file whole or not at all: into a temporary file next to the target, synced,
then renamed over it. A failure or a cancel leaves the old file (if any) untouched."""

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replaced_atomically(target: Path, mode: str = "w", **open_args: Any) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on a clean exit it becomes `target`."""
    target = Path(target)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=".part", dir=target.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, mode, **open_args) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, write: Callable[[IO[str]], None]) -> None:
    with replaced_atomically(target, "w", encoding="utf-8", newline="") as file:
        write(file)
