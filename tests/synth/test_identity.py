"""UPNs carry DfE's check letter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cscmonitor.synth.identity import make_upn, upn_check_letter

LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def test_check_letter_worked_example() -> None:
    # 3*2 + 3*3 + 3*4 + 4*5 + 0*6 + 0*7 + 1*8 + 1*9 + 9*10 + 0*11 + 0*12 + 1*13 = 167;
    # 167 mod 23 = 6, the seventh letter of DfE's table: G.
    assert upn_check_letter("333400119001") == "G"
    assert make_upn("333", 4001, 2019, 1) == "G333400119001"


@given(st.integers(0, 999), st.integers(0, 9999), st.integers(2000, 2030), st.integers(0, 999))
def test_every_upn_made_checks_out(la: int, school: int, year: int, serial: int) -> None:
    upn = make_upn(f"{la:03d}", school, year, serial)
    weighted = sum(int(ch) * w for w, ch in zip(range(2, 14), upn[1:], strict=True))
    assert len(upn) == 13 and upn[0] == LETTERS[weighted % 23]

