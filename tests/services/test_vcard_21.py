"""vCard 2.1 as phones and Outlook write it (quoted-printable values folded with "="
soft breaks, UTF-8 bytes as =C8=98, bare TEL;CELL parameters), imported whole into a
real SQLite file."""

from pathlib import Path

from relationdesk.db.database import Database
from relationdesk.services.exchange.vcard_cards import read_vcard_file
from relationdesk.services.exchange.vcard_exchange import (
    Duplicates,
    apply_vcard_import,
    plan_vcard_import,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"

_CONTACTS = """
SELECT customer.name, c.full_name, c.job_title, c.email, c.phone, c.mobile, c.notes
FROM contact c JOIN customer ON customer.id = c.customer_id ORDER BY c.full_name
"""


def _import(db: Database, name: str) -> list[tuple[str, ...]]:
    plan = plan_vcard_import(db.reader, read_vcard_file(FIXTURES / name))
    apply_vcard_import(db, plan, Duplicates.SKIP)
    return list(db.reader.execute(_CONTACTS))


def test_an_android_2_1_card_keeps_its_whole_note_and_its_mobile(db: Database) -> None:
    # The note is folded over four lines, has commas, CR LF as =0D=0A and Ș as =C8=98.
    assert _import(db, "android_2_1.vcf") == [
        ("Alfa Impex", "Ana Ionescu", "", "", "+40 268 000 444", "+40 722 000 333", ""),
        ("Țesătoria Brașov, SRL", "Ștefan Popescu", "Șef achiziții",
         "stefan.popescu@tesatoria.ro", "+40 268 000 222", "+40 721 000 111",
         "Decide bugetul în martie, după ședința cu Ion, Maria și directorul financiar.\n"
         "Preferă apeluri înainte de ora 10; niciodată vinerea.\n"
         "Soția, Ștefania, lucrează la Țesătoria Brașov, în Sibiu."),
    ]  # fmt: skip


def test_an_outlook_2_1_card_keeps_commas_and_its_cell_phone(db: Database) -> None:
    # Outlook: ORG "company;department", TEL;CELL;VOICE, EMAIL;PREF;INTERNET. The 3.0 card
    # beside it escapes its comma ("\,") and is read the 3.0 way.
    assert _import(db, "outlook_2_1.vcf") == [
        ("Caffè Rossi, S.p.A.", "Giulia Rossi", "Responsabile acquisti",
         "giulia.rossi@caffe-rossi.it", "+39 051 000 111", "+39 333 000 222",
         "Incontro a Bologna, 12 marzo: vuole il listino aggiornato, con gli sconti per "
         "quantità.\nRichiamare dopo Pasqua."),
        ("Caffè Rossi, S.p.A.", "Marco Bianchi", "", "", "+39 051 000 555", "+39 333 000 444",
         ""),
    ]  # fmt: skip
