"""Identifiers that look real and pass DfE's checks: UPNs, and postcodes that cannot exist.

A UPN is a check letter, the 3-digit LA code, a 4-digit school (establishment) number, the
2-digit year the number was allocated and a 3-digit serial. The check letter is DfE's: digits
2-13 weighted 2 to 13, summed, modulo 23, read off ``CHECK_LETTERS``.

Real postcodes come from ``places``. ``NO_SUCH_AREA`` starts postcodes of the right shape that
cannot exist (no UK postcode area starts with Q), for injected faults.
"""

from __future__ import annotations

CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(body: str) -> str:
    """The check letter for the 12 characters after it (all digits for a permanent UPN)."""
    if len(body) != 12 or not body.isdigit():
        raise ValueError(f"a UPN body is 12 digits, not {body!r}")
    total = sum(int(ch) * weight for weight, ch in enumerate(body, start=2))
    return CHECK_LETTERS[total % 23]


def make_upn(la_code: str, school: int, year: int, serial: int) -> str:
    body = f"{la_code}{school:04d}{year % 100:02d}{serial:03d}"
    return upn_check_letter(body) + body


NO_SUCH_AREA = "QZ"

