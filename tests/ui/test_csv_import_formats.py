"""The import report names why a row of an Outlook export is left out."""

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.csv_mapping import guess_mapping
from relationdesk.services.exchange.csv_import import make_plan, read_csv_file
from relationdesk.ui.exchange.csv_import_models import CsvProblemsModel

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def test_a_row_with_more_cells_than_the_header_is_explained(
    qtbot: QtBot, db: Database, qtmodeltester: ModelTester
) -> None:
    table = read_csv_file(FIXTURES / "outlook_contacts.csv")
    plan = make_plan(db.reader, table, guess_mapping(table.header))
    model = CsvProblemsModel()
    model.set_problems(plan.problems)
    qtmodeltester.check(model)
    row = [model.data(model.index(0, column)) for column in range(3)]
    assert row[:2] == ["4", "Roma | IT"]
    assert row[2].startswith("Row: it has more cells than the header has columns")
