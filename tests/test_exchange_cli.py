"""`relationdesk import vcard` and `relationdesk export vcard|ics|json`, in a subprocess
without a display."""

import json
from pathlib import Path

from relationdesk.db.connection import open_file
from tests.test_cli import _run

CARDS = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ștefan Pop\r\nORG:Țesătoria SRL\r\n"
    "EMAIL:stefan@tesatoria.ro\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ionescu\r\nTEL;TYPE=CELL:+40 721 000 111\r\n"
    "END:VCARD\r\n"
)


def _contacts(data_dir: Path) -> list[tuple[str, str]]:
    conn = open_file(data_dir / "relationdesk.sqlite3")
    try:
        return conn.execute(
            "SELECT contact.full_name, customer.name FROM contact JOIN customer "
            "ON customer.id = contact.customer_id ORDER BY contact.full_name"
        ).fetchall()
    finally:
        conn.close()


def test_import_vcard_reports_then_writes(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "phone.vcf"
    source.write_text(CARDS, encoding="utf-8")
    dry = _run("import", "vcard", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2 cards: 1 new, 0 already there, 1 with problems" in dry.stdout
    assert "card 2 (line 7) 'Ana Ionescu': the card names no company (ORG)" in dry.stdout
    assert "new customer: Țesătoria SRL" in dry.stdout and "nothing written" in dry.stdout

    unknown = _run("import", "vcard", str(source), "--customer", "Nobody")
    assert unknown.returncode == 1 and "no customer is named 'Nobody'" in unknown.stderr

    first = _run("import", "vcard", str(source))
    assert first.returncode == 0, first.stderr
    assert "1 contacts created" in first.stdout and "1 cards with problems left out" in first.stdout
    assert _contacts(data_dir) == [("Ștefan Pop", "Țesătoria SRL")]

    # Now the customer exists: the card without a company can go to it.
    again = _run("import", "vcard", str(source), "--customer", "tesatoria srl")
    assert again.returncode == 0, again.stderr
    assert "1 contacts created" in again.stdout and "1 duplicates skipped" in again.stdout
    assert _contacts(data_dir) == [
        ("Ana Ionescu", "Țesătoria SRL"),
        ("Ștefan Pop", "Țesătoria SRL"),
    ]


def test_a_broken_vcard_names_the_line_and_writes_nothing(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "broken.vcf"
    source.write_text(CARDS + "BEGIN:VCARD\r\nFN:Cut off\r\n", encoding="utf-8")
    result = _run("import", "vcard", str(source))
    assert result.returncode == 1
    assert "(line 12, card 3)" in result.stderr and "no END:VCARD" in result.stderr
    assert not (data_dir / "relationdesk.sqlite3").exists() or _contacts(data_dir) == []


def test_exports(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "phone.vcf"
    source.write_text(CARDS, encoding="utf-8")
    assert _run("import", "vcard", str(source), "--customer", "Țesătoria SRL").returncode == 1
    assert _run("import", "vcard", str(source)).returncode == 0  # the card with a company

    vcf = _run("export", "vcard", "--out", str(tmp_path / "out.vcf"))
    assert vcf.returncode == 0, vcf.stderr
    assert "1 contacts" in vcf.stdout
    assert "ORG:Țesătoria SRL" in (tmp_path / "out.vcf").read_text(encoding="utf-8")
    ics = _run("export", "ics", "--out", str(tmp_path / "out.ics"), "--customer", "Țesătoria SRL")
    assert ics.returncode == 0, ics.stderr
    assert "BEGIN:VCALENDAR" in (tmp_path / "out.ics").read_text(encoding="utf-8")
    everything = _run("export", "json", "--out", str(tmp_path / "all.json"))
    assert everything.returncode == 0, everything.stderr
    assert "sensitive disclosure texts left out" in everything.stdout
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert data["row_counts"]["contact"] == 1

    nowhere = _run("export", "json", "--out", str(tmp_path / "missing" / "all.json"))
    assert nowhere.returncode == 1 and "no such folder" in nowhere.stderr
    helptext = _run("export", "--help")
    assert "vcard" in helptext.stdout and "ics" in helptext.stdout
    assert "csv" in _run("import", "--help").stdout
