"""Where children in care live: placement types by age, providers, postcodes and URNs.

Each authority has its own set of providers (its fostering and adoption services, independent
fostering agencies, children's homes, supported accommodation, residential schools, secure and
parent-and-baby units), each with an Ofsted URN and an address. A placement's postcode is the
provider's, or for foster care the carer's home. Own provision is always inside the authority;
other providers are inside or outside it. Placement codes are only used in the collection years
that have them (semi-independent H5 and independent living P2 end in 2023/24; supported
accommodation K3 starts in 2024/25).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from cscmonitor.model import registry
from cscmonitor.synth.identity import postcode

OUT_OF_AREA = ("B23", "B33", "B44", "CV1", "CV10", "CV21", "DY1", "DY8", "WS1", "WS3", "WV1",
               "WV10", "ST1", "ST4", "TF1", "TF3", "WR5", "LE1", "LE4", "NG5", "NG7", "DE1",
               "DE22", "M8", "M22", "L4", "L11", "S5", "S8", "LS8", "LS11", "BS4", "BS13",
               "SY1", "HR2", "GL1", "OX4", "NN1", "MK6", "SK1")
"""Real outward codes across England, for placements outside the authority."""

NO_URN = "XXXXXXX"
WITHOUT_URN = frozenset({"P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4",
                         "Z1"})
"""Placement types DfE does not expect an Ofsted URN for."""

BY_AGE: dict[str, dict[str, float]] = {
    "0-4": {"U6": 62, "U3": 16, "U5": 3, "P1": 8, "R3": 3, "U4": 4, "U1": 4},
    "5-9": {"U6": 60, "U3": 15, "U4": 8, "U1": 5, "P1": 7, "K2": 5},
    "10-15": {"U6": 48, "U3": 10, "U4": 9, "U1": 4, "K2": 20, "P1": 5, "S1": 2, "K1": 0.7,
              "R2": 0.5},
    "16-17": {"U6": 30, "U3": 6, "U4": 6, "K2": 14, "SEMI": 30, "P2": 6, "P1": 5, "K1": 0.5},
    "uasc-16-17": {"U6": 40, "K2": 8, "SEMI": 47, "P2": 5},
    "uasc-under16": {"U6": 85, "K2": 15},
}
"""Placement mix for a new placement by age band ("SEMI": H5 or K3, whichever the years allow)."""

KINDS: dict[str, str] = {
    "U1": "relative", "U2": "relative", "U3": "relative", "U4": "foster", "U5": "foster",
    "U6": "foster", "K2": "home", "K1": "secure", "K3": "supported", "H5": "supported",
    "P2": "independent", "R3": "parent_baby", "S1": "school", "R2": "health", "P1": "parent",
    "A3": "adoption", "A4": "adoption", "A5": "adoption", "A6": "adoption",
}


@dataclass(frozen=True)
class Provider:
    kind: str
    code: str
    """Placement provider code (PR0-PR5)."""
    urn: str
    postcode: str | None
    """The provider's own address; None for foster and family placements (the carer's home)."""
    in_area: bool


@dataclass(frozen=True)
class Placement:
    place: str
    provider: str
    postcode: str
    urn: str
    in_area: bool


@cache
def _valid_place_codes(year: int) -> frozenset[str]:
    return frozenset(registry().codelist("ssda903.placement_type").codes_in_year(year))


def valid_through(code: str, first: int, last: int) -> bool:
    """Whether the placement code exists in every collection year from ``first`` to ``last``."""
    return all(code in _valid_place_codes(y) for y in range(first, last + 1))


class Providers:
    """An authority's placement providers and the choice of a placement."""

    def __init__(self, rng: random.Random, districts: tuple[str, ...]) -> None:
        self.rng = rng
        self.districts = districts
        self.by_kind: dict[str, list[Provider]] = {}
        plan = (("foster", "PR1", 1, 1.0), ("foster", "PR4", 8, 0.3), ("foster", "PR5", 2, 0.5),
                ("relative", "PR1", 1, 1.0), ("home", "PR4", 24, 0.3), ("home", "PR1", 3, 1.0),
                ("home", "PR5", 3, 0.4), ("supported", "PR4", 8, 0.4),
                ("supported", "PR1", 1, 1.0), ("independent", "PR4", 4, 0.5),
                ("secure", "PR2", 2, 0.0), ("secure", "PR1", 1, 1.0),
                ("parent_baby", "PR5", 2, 0.3), ("school", "PR4", 3, 0.2),
                ("school", "PR5", 2, 0.3), ("health", "PR3", 2, 0.5),
                ("adoption", "PR1", 1, 1.0), ("adoption", "PR5", 2, 0.3))
        used: set[str] = set()
        for kind, code, count, share_inside in plan:
            for _ in range(count):
                inside = code == "PR1" or rng.random() < share_inside
                urn = NO_URN
                if kind not in ("independent", "health"):
                    while urn == NO_URN or urn in used:
                        urn = f"SC{rng.randint(10_000, 999_999):06d}"
                    used.add(urn)
                fixed = kind not in ("foster", "relative", "adoption")
                address = self.postcode(inside) if fixed else None
                self.by_kind.setdefault(kind, []).append(
                    Provider(kind, code, urn, address, inside))

    def postcode(self, inside: bool) -> str:
        return postcode(self.rng, self.districts if inside else OUT_OF_AREA)

    def choose_code(self, band: str, first_year: int, last_year: int) -> str:
        """A placement type for ``band``, valid from ``first_year`` to ``last_year``."""
        mix = BY_AGE[band]
        codes = list(mix)
        while True:
            code = self.rng.choices(codes, [mix[c] for c in codes])[0]
            if code == "SEMI":
                code = "K3" if valid_through("K3", first_year, last_year) else "H5"
            if valid_through(code, first_year, last_year):
                return code

    def place(self, code: str, home: str) -> Placement:
        """A placement of type ``code`` for a child whose home is ``home``."""
        kind = KINDS.get(code, "foster")
        if kind == "parent":
            return Placement(code, "PR0", home, NO_URN, True)
        provider = self.rng.choice(self.by_kind[kind])
        address = provider.postcode or self.postcode(provider.in_area)
        urn = NO_URN if code in WITHOUT_URN else provider.urn
        return Placement(code, provider.code, address, urn, provider.in_area)
