"""Identifiers that look real and pass DfE's checks: UPNs, LA child ids, postcodes.

A UPN is a check letter, the 3-digit LA code, a 4-digit school (establishment) number, the
2-digit year the number was allocated and a 3-digit serial. The check letter is DfE's: digits
2-13 weighted 2 to 13, summed, modulo 23, read off ``CHECK_LETTERS``.

Postcodes are synthetic but shaped like real ones ("B69 3AB"): one of the authority's real
outward codes (districts) and an invented inward code whose last two letters avoid C, I, K, M,
O and V, as Royal Mail's do. ``NO_SUCH_AREA`` starts postcodes of the right shape that cannot
exist (no UK postcode area starts with Q), for injected faults.
"""

from __future__ import annotations

import random

CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


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


def postcode(rng: random.Random, districts: tuple[str, ...]) -> str:
    """A synthetic postcode in one of ``districts`` (outward codes such as ``"B69"``)."""
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return f"{rng.choice(districts)} {inward}"
