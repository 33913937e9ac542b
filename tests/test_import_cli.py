"""`relationdesk import csv` from the command line, without a display."""

import sqlite3
from pathlib import Path

from tests.test_cli import _run


def _count(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "relationdesk.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
    finally:
        conn.close()


def test_import_reports_then_writes_all_or_nothing(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "colleague.csv"
    source.write_bytes(
        "Azienda;Città;Paese;Referente;Email\n"
        "Caffè Rossi;Forlì;IT;Anna;anna@rossi.it\n"
        "Beta;Roma;Italia;;\n".encode("cp1252")
    )
    refused = _run("import", "csv", str(source))
    assert refused.returncode == 1
    assert "Windows-1252, semicolon-separated, 2 rows" in refused.stdout
    assert "line 3: customer.country: invalid_country" in refused.stdout
    assert _count(data_dir) == 0

    dry = _run("import", "csv", str(source), "--skip-invalid", "--dry-run")
    assert dry.returncode == 0 and "nothing written" in dry.stdout
    assert _count(data_dir) == 0

    done = _run("import", "csv", str(source), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "1 customers and 1 contacts created" in done.stdout
    again = _run("import", "csv", str(source), "--skip-invalid", "--duplicates", "skip")
    assert "already there (in the database)" in again.stdout
    assert _count(data_dir) == 1


def test_import_names_the_line_of_a_broken_file(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "broken.csv"
    source.write_bytes(b'Company,Notes\nAlfa,ok\nBeta,"never closed\n')
    result = _run("import", "csv", str(source))
    assert result.returncode == 1
    assert "(line 3)" in result.stderr and "never closed" in result.stderr
    explicit = tmp_path / "plain.csv"
    explicit.write_text("A,B\nAlfa,x\n", encoding="utf-8")
    wrong = _run("import", "csv", str(explicit), "--mapping", "customer.name")
    assert wrong.returncode == 1 and "2 columns" in wrong.stderr
    right = _run("import", "csv", str(explicit), "--mapping", "customer.name,customer.notes")
    assert right.returncode == 0, right.stderr
    assert _count(data_dir) == 1


def test_import_names_a_row_with_more_cells_than_the_header(
    data_dir: Path, tmp_path: Path
) -> None:
    source = Path(__file__).parent / "fixtures" / "imports" / "outlook_contacts.csv"
    refused = _run("import", "csv", str(source))
    assert refused.returncode == 1
    assert (
        "line 4: more cells than the header has columns (92): 'Roma | IT' is beyond the last one"
        in refused.stdout
    )
    assert _count(data_dir) == 0
