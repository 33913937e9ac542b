from hypothesis import given
from hypothesis import strategies as st

from relationdesk.domain.csv_cells import neutralised, readable


def test_formula_starts_are_neutralised() -> None:
    for cell in ("=SUM(A1:A9)", "+40 21 555", "-5", "@cmd", "\tx", "\rx"):
        assert neutralised(cell) == "'" + cell
    assert neutralised("Alfa Plast") == "Alfa Plast"
    assert neutralised("") == ""


@given(st.text())
def test_every_value_reads_back_unchanged(value: str) -> None:
    written = neutralised(value)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert readable(written) == value
