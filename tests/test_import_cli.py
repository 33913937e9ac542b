"""`relationdesk import csv` from the command line, without a display."""

import io
from pathlib import Path

from relationdesk.db.connection import open_file
from tests.test_cli import _run


def _count(data_dir: Path) -> int:
    conn = open_file(data_dir / "relationdesk.sqlite3")
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
    assert "line 3: customer.country: choose a country from the list" in refused.stdout
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


def test_a_long_import_shows_progress_on_stderr(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "portfolio.csv"
    rows = "".join(
        f"Firma {n // 4},Brașov,RO,Ana Pop {n},ana{n}@firma.ro\n" for n in range(4000)
    )
    source.write_text("Company,City,Country,Contact,Email\n" + rows, encoding="utf-8")
    done = _run("import", "csv", str(source))
    assert done.returncode == 0, done.stderr
    assert "1000 customers and 4000 contacts created" in done.stdout  # the report: stdout
    # Writing 5,000 records takes seconds: not a terminal, so a line at quarters.
    shown = [line for line in done.stderr.splitlines() if line.startswith("Importing: ")]
    assert shown and shown[-1] == "Importing: 100%"
    assert set(shown) <= {"Importing: 25%", "Importing: 50%", "Importing: 75%", "Importing: 100%"}
    small = tmp_path / "small.csv"
    small.write_text("Company\nAlfa\n", encoding="utf-8")
    quiet = _run("import", "csv", str(small))
    assert quiet.returncode == 0 and quiet.stderr == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_redrawn_line_on_a_terminal_and_quarters_elsewhere() -> None:
    from relationdesk.cli.commands.import_csv import Progress

    for stream, expected in (
        (io.StringIO(), "Importing: 25%\nImporting: 50%\nImporting: 100%\n"),
        (_Terminal(), "\rImporting: 10%\rImporting: 30%\rImporting: 60%\rImporting: 100%\n"),
    ):
        progress = Progress(stream, after=0)
        report = progress.stage("Importing")
        for done in (10, 11, 30, 60):
            assert report(done, 100)
        progress.done("Importing")
        assert stream.getvalue() == expected
