"""The atomic writer writes only to a regular file or a new path: a FIFO, a device or a
folder at the target is refused and left as it was (renaming over it, as root, would
have replaced it with a regular file)."""

import os
import stat
from pathlib import Path

import pytest

from relationdesk.db.database import Database
from relationdesk.services.atomic_file import (
    NotARegularFile,
    replaced_by_path,
    write_text_atomically,
)
from relationdesk.services.exchange.csv_export import export_customers
from relationdesk.services.exchange.exchange_files import written_atomically


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo


def test_a_fifo_is_refused_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = _fifo(tmp_path)
    with pytest.raises(NotARegularFile) as raised:
        write_text_atomically(fifo, lambda file: file.write("secret"))
    assert "not a regular file" in str(raised.value) and isinstance(raised.value, OSError)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temporary left


def test_a_device_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFile):
        write_text_atomically(Path("/dev/null"), lambda file: file.write("x"))
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(NotARegularFile), replaced_by_path(folder):
        pass
    assert folder.is_dir()


def test_every_export_writer_refuses_a_fifo(tmp_path: Path, db: Database) -> None:
    fifo = _fifo(tmp_path)
    with pytest.raises(NotARegularFile), written_atomically(fifo, suffix=".json") as file:
        file.write("{}")
    with pytest.raises(NotARegularFile):
        export_customers(db.reader, fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_regular_file_a_new_path_and_a_link_to_a_file_are_written(tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text("before", encoding="utf-8")
    write_text_atomically(old, lambda file: file.write("after"))
    assert old.read_text(encoding="utf-8") == "after"
    new = tmp_path / "new.txt"
    write_text_atomically(new, lambda file: file.write("new"))
    assert new.read_text(encoding="utf-8") == "new"
    link = tmp_path / "link.txt"
    link.symlink_to(old)
    write_text_atomically(link, lambda file: file.write("through"))
    assert link.read_text(encoding="utf-8") == "through"
