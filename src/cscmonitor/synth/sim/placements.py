"""Where children in care live: placement types by age, providers, postcodes and URNs.

Each authority has its own set of providers (its fostering and adoption services, independent
fostering agencies, children's homes, supported accommodation, residential schools, secure and
parent-and-baby units), each with an Ofsted URN and an address. A placement's postcode is the
provider's, or for foster, family and adoptive placements the carer's home. Every postcode is
real (see ``places``), at a distance drawn from ``DISTANCES``: own provision is inside the
authority; other providers and carers are near or far, children's homes, residential schools
and secure units further away more often than foster carers, and relatives and parents mostly
near the child's home, as DfE's figures show (about one child in five looked after at 31 March
is placed more than 20 miles from home). Placement codes are only used in the collection years
that have them (semi-independent H5 and independent living P2 end in 2023/24; supported
accommodation K3 starts in 2024/25).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from cscmonitor.model import registry
from cscmonitor.synth.places import Places

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


DISTANCES: dict[str, tuple[float, ...]] = {
    # carers' homes, from the child's home
    "foster": (15, 20, 25, 28, 8, 4),
    "own_foster": (65, 25, 8, 2, 0, 0),
    "relative": (55, 15, 12, 10, 5, 3),
    "adoption": (15, 20, 25, 25, 10, 5),
    "parent": (80, 15, 5, 0, 0, 0),
    # providers' addresses, from a home in the authority
    "home": (5, 10, 20, 40, 15, 10),
    "supported": (10, 25, 35, 22, 8, 0),
    "independent": (40, 30, 20, 10, 0, 0),
    "secure": (0, 0, 10, 35, 30, 25),
    "parent_baby": (5, 20, 30, 30, 15, 0),
    "school": (0, 10, 20, 40, 20, 10),
    "health": (25, 30, 20, 15, 10, 0),
}
"""How far a placement is, by kind: weights for the rings of ``places.RINGS`` (0-5, 5-10,
10-20, 20-50, 50-100 and 100-250 miles)."""
AT_HOME = 0.7
"""Share of placements with parents (P1) at the child's home postcode itself."""
OWN_FOSTER_WEIGHT = 8.0
"""How much likelier a foster placement is with the authority's own carers than with any one
agency: about half its foster placements, as in most authorities."""
RELATIVES_INSIDE = 0.5
"""Share of family and friends carers living in the authority itself."""


@dataclass(frozen=True)
class Provider:
    kind: str
    code: str
    """Placement provider code (PR0-PR5)."""
    urn: str
    postcode: str | None
    """The provider's own address; None for foster and family placements (the carer's home)."""
    inside: bool
    """Whether it is in the authority (its address; for foster care, its carers' homes)."""


@dataclass(frozen=True)
class Placement:
    place: str
    provider: str
    postcode: str
    urn: str
    la: str
    """DfE code of the authority the postcode is in."""


@cache
def _valid_place_codes(year: int) -> frozenset[str]:
    return frozenset(registry().codelist("ssda903.placement_type").codes_in_year(year))


def valid_through(code: str, first: int, last: int) -> bool:
    """Whether the placement code exists in every collection year from ``first`` to ``last``."""
    return all(code in _valid_place_codes(y) for y in range(first, last + 1))


class Providers:
    """An authority's placement providers and the choice of a placement."""

    def __init__(self, rng: random.Random, places: Places) -> None:
        self.rng = rng
        self.places = places
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
                address = self.address(kind, inside) if fixed else None
                self.by_kind.setdefault(kind, []).append(
                    Provider(kind, code, urn, address, inside))

    def address(self, kind: str, inside: bool) -> str:
        """A provider's address: anywhere in the authority, or at a distance from it."""
        here = self.places.home(self.rng)
        return here if inside else self.places.around(self.rng, here, DISTANCES[kind])

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
            address = home if self.rng.random() < AT_HOME else self.places.around(
                self.rng, home, DISTANCES[kind])
            return Placement(code, "PR0", address, NO_URN, self.places.la_of(address))
        # DfE expects a placement away from parents to be elsewhere than the child's home.
        providers = [p for p in self.by_kind[kind] if p.postcode != home]
        provider = self.rng.choices(providers, [
            OWN_FOSTER_WEIGHT if (p.kind, p.code) == ("foster", "PR1") else 1.0
            for p in providers])[0]
        if provider.postcode is not None:
            address = provider.postcode
        elif kind == "foster" and provider.inside:
            address = self.places.around(self.rng, home, DISTANCES["own_foster"], inside=True)
        else:
            inside = kind == "relative" and self.rng.random() < RELATIVES_INSIDE
            address = self.places.around(self.rng, home, DISTANCES[kind], inside)
        urn = NO_URN if code in WITHOUT_URN else provider.urn
        return Placement(code, provider.code, address, urn, self.places.la_of(address))
