import codecs

import pytest

from relationdesk.domain.csv_import import (
    MAX_FILE_BYTES,
    OWN_HEADER,
    CsvError,
    CsvProblem,
    decode,
    read_table,
    sniff_delimiter,
)
from relationdesk.domain.csv_import_plan import (
    DuplicateKind,
    ExistingContact,
    ExistingCustomer,
    mapping_problems,
    plan_import,
    planned_customers,
)
from relationdesk.domain.csv_mapping import (
    Target,
    guess_mapping,
    parse_mapping,
    remember_mapping,
    remembered_mapping,
)
from relationdesk.domain.validation import Problem


def test_our_own_header_is_the_exports() -> None:
    from relationdesk.services.exchange.csv_export import HEADER

    assert OWN_HEADER == HEADER


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Company,City\nȘtefan SRL,Brașov\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Company,City\nȘtefan SRL,Brașov\n".encode(), "utf-8-sig"),
    ],
)
def test_utf8_with_or_without_bom(data: bytes, encoding: str) -> None:
    table = read_table(data)
    assert table.encoding == encoding
    assert table.header == ("Company", "City")
    assert table.rows[0].cells == ("Ștefan SRL", "Brașov")


def test_windows_1252() -> None:
    table = read_table("Azienda;Città\nCaffè Rossi;Forlì\n".encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.header == ("Azienda", "Città")
    assert table.rows[0].cells == ("Caffè Rossi", "Forlì")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_found(delimiter: str) -> None:
    lines = [["Company", "City", "Notes"], ["Alfa", "Milano", "a, b; c"], ["Beta", "Roma", ""]]
    text = "\n".join(
        delimiter.join(f'"{cell}"' if any(d in cell for d in ",;\t") else cell for cell in row)
        for row in lines
    )
    assert sniff_delimiter(text) == delimiter
    table = read_table(text.encode())
    assert table.rows[0].cells == ("Alfa", "Milano", "a, b; c")


def test_quoted_cells_span_lines_and_rows_know_their_line() -> None:
    table = read_table(b'Company,Notes\n"Alfa","one\ntwo"\n\nBeta,x\n')
    assert [(row.line, row.cells) for row in table.rows] == [
        (2, ("Alfa", "one\ntwo")),
        (5, ("Beta", "x")),
    ]


def test_a_quote_left_open_at_the_end_names_its_line() -> None:
    with pytest.raises(CsvError) as caught:
        read_table(b'Company,Notes\nAlfa,ok\nBeta,"never closed\nand more\n')
    assert caught.value.problem is CsvProblem.UNCLOSED_QUOTE
    assert caught.value.line == 3


def test_text_after_a_closing_quote_names_its_line() -> None:
    with pytest.raises(CsvError) as caught:
        read_table(b'Company,Notes\nAlfa,"x"y\n')
    assert caught.value.problem is CsvProblem.BAD_QUOTES and caught.value.line == 2


def test_nul_bytes_are_refused_with_the_line() -> None:
    with pytest.raises(CsvError) as caught:
        decode(b"Company\nAlfa\nBe\x00ta\n")
    assert caught.value.problem is CsvProblem.BINARY and caught.value.line == 3


def test_garbage_bytes_are_refused_with_the_line() -> None:
    with pytest.raises(CsvError) as caught:
        decode(b"Company\nAlfa\n\x81\x8d\x90garbage\n")  # neither UTF-8 nor Windows-1252
    assert caught.value.problem is CsvProblem.UNDECODABLE and caught.value.line == 3
    with pytest.raises(CsvError) as caught:
        decode(b"Company\n\x01\x02\x03\n")
    assert caught.value.problem is CsvProblem.BINARY and caught.value.line == 2


def test_empty_and_oversized_files() -> None:
    with pytest.raises(CsvError) as caught:
        read_table(b"\n \n")
    assert caught.value.problem is CsvProblem.EMPTY
    with pytest.raises(CsvError) as caught:
        decode(b" " * (MAX_FILE_BYTES + 1))
    assert caught.value.problem is CsvProblem.TOO_LARGE


@pytest.mark.parametrize(
    "header",
    [
        ("Company", "City", "Country", "Contact", "E-mail", "Phone", "Mobile", "Job title"),
        ("Azienda", "Città", "Paese", "Referente", "Email", "Telefono", "Cellulare", "Ruolo"),
        ("Perusahaan", "Kota", "Negara", "Kontak", "Surel", "Telepon", "Ponsel", "Jabatan"),
        ("Companie", "Oraș", "Țară", "Persoană de contact", "E-mail", "Telefon", "Mobil",
         "Funcție"),
    ],
)  # fmt: skip
def test_mapping_is_guessed_in_four_languages(header: tuple[str, ...]) -> None:
    assert guess_mapping(header) == (
        Target.CUSTOMER_NAME,
        Target.CITY,
        Target.COUNTRY,
        Target.CONTACT_NAME,
        Target.EMAIL,
        Target.PHONE,
        Target.MOBILE,
        Target.JOB_TITLE,
    )


def test_mapping_guesses_names_and_leaves_the_unknown_out() -> None:
    assert guess_mapping(("Name", "Work E-mail", "Shoe size")) == (
        Target.CUSTOMER_NAME,
        Target.EMAIL,
        Target.IGNORE,
    )
    assert guess_mapping(("Company", "First name", "Last name", "City", "Town")) == (
        Target.CUSTOMER_NAME,
        Target.CONTACT_NAME,
        Target.CONTACT_NAME,
        Target.CITY,
        Target.IGNORE,  # one column per field, except the person's name
    )
    own = guess_mapping(OWN_HEADER)
    assert own[0] is Target.CUSTOMER_NAME and own[7] is Target.IGNORE  # lifecycle: derived
    assert own[13] is Target.LANGUAGE


def test_mapping_is_remembered_per_header() -> None:
    header = ("Azienda", "Città", "Note")
    chosen = (Target.CUSTOMER_NAME, Target.IGNORE, Target.NOTES)
    stored = remember_mapping("", header, chosen)
    assert remembered_mapping(stored, ("AZIENDA", "Citta", "note")) == chosen
    assert remembered_mapping(stored, ("Azienda", "Città")) is None
    assert remembered_mapping("{broken", header) is None
    assert parse_mapping("customer.name, ignore ,customer.notes", 3) == chosen
    with pytest.raises(ValueError, match="columns"):
        parse_mapping("customer.name", 3)


def test_plan_validates_groups_and_finds_duplicates() -> None:
    text = (
        "Company,Country,Contact,Email,First name\n"
        "Alfa SRL,RO,Ana,ana@alfa.ro,\n"
        "ALFA srl,,Ion,,Popescu\n"  # the same customer, a second person
        "Beta,Romania,,,\n"  # invalid country: left out
        "Gamma,IT,Ana Bianchi,bad-mail,\n"
        "Alfa SRL,,Anna,ANA@alfa.ro,\n"  # the same e-mail: a duplicate in the file
        "Delta,,Maria,,\n"  # already in the database, with Maria
        ",,Orfano,,\n"  # a contact without a customer
    )
    table = read_table(text.encode())
    mapping = guess_mapping(table.header)
    existing = {
        "delta": ExistingCustomer("d1", "Delta", (ExistingContact("m1", "MARIA", ""),)),
    }
    plan = plan_import(table, mapping, existing)
    assert plan.rows == 7
    assert [(p.line, p.error.field, p.error.problem) for p in plan.problems] == [  # type: ignore[union-attr]  # a problem has an error
        (4, "customer.country", Problem.INVALID_COUNTRY),
        (5, "contact.email", Problem.INVALID_EMAIL),
        (8, "customer.name", Problem.REQUIRED),
    ]
    assert len(plan.customers) == 2 and plan.contacts == 4
    customers = list(planned_customers(plan))  # read again from the file
    assert [c.fields.name for c in customers] == ["Alfa SRL", "Delta"]
    alfa = customers[0]
    assert [c.fields.full_name for c in alfa.contacts] == ["Ana", "Ion Popescu", "Anna"]
    assert [(d.line, d.kind, d.in_database, d.earlier_line) for d in plan.duplicates] == [
        (6, DuplicateKind.CONTACT, False, 2),
        (7, DuplicateKind.CUSTOMER, True, None),
        (7, DuplicateKind.CONTACT, True, None),
    ]
    assert mapping_problems(mapping) == []
    assert mapping_problems((Target.CITY,))[0].problem is Problem.REQUIRED


def test_own_export_cells_come_back_as_they_were() -> None:
    import csv
    import io

    from relationdesk.domain.csv_cells import neutralised

    values = ['=HYPERLINK("http://x")', "Alfa", "+40 21 555", "'quoted", "-5", "@home"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(OWN_HEADER)
    for value in values:
        row = [""] * len(OWN_HEADER)
        row[0], row[5], row[11] = "Alfa", value, value
        writer.writerow([neutralised(cell) for cell in row])
    table = read_table(codecs.BOM_UTF8 + out.getvalue().encode())
    assert table.own_export
    assert [row.cells[5] for row in table.rows] == values
    assert [row.cells[11] for row in table.rows] == values


def test_a_foreign_file_keeps_its_apostrophes() -> None:
    table = read_table(b"Company,Notes\nAlfa,'quoted\n")
    assert not table.own_export and table.rows[0].cells[1] == "'quoted"
