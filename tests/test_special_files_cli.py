"""`relationdesk export … --out` on a FIFO refuses in one sentence and leaves the FIFO
as it was (it used to be replaced by a regular file)."""

import os
import stat
from pathlib import Path

import pytest

from tests.test_cli import _run


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_export_to_a_fifo_is_refused_in_one_sentence(
    data_dir: Path, tmp_path: Path, kind: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = _run("export", kind, "--out", str(fifo))
    assert result.returncode == 1, result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "not a regular file" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["pipe"]
