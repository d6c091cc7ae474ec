"""Per-year decks and rates derived from a profile's published figures.

Each calibrated decision (is this referral a re-referral? does this enquiry go to conference?)
draws from a deck kept per purpose and collection year, so each year's observed shares follow
that year's figures closely. The rates come straight from the published counts: the share of
referrals with a section 47 enquiry is enquiries / referrals, and so on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from cscmonitor.synth.profile import Profile, Year
from cscmonitor.synth.rng import Deck, flag_deck, stream


class Decks:
    """Decks keyed by (purpose, year), made on first use from their own seeded stream."""

    def __init__(self, seed: int, la_code: str) -> None:
        self.seed = seed
        self.la_code = la_code
        self.flags: dict[tuple[str, int], Deck[bool]] = {}
        self.choices: dict[tuple[str, int], Deck[str]] = {}

    def flag(self, name: str, year: int, share: float) -> bool:
        deck = self.flags.get((name, year))
        if deck is None:
            deck = self.flags[(name, year)] = flag_deck(
                stream(self.seed, self.la_code, name, year), share)
        return deck.draw()

    def pick(self, name: str, year: int, weights: Mapping[str, float]) -> str:
        deck = self.choices.get((name, year))
        if deck is None:
            deck = self.choices[(name, year)] = Deck(
                stream(self.seed, self.la_code, name, year), weights)
        return deck.draw()

    def index(self, name: str, year: int, weights: list[float]) -> int:
        """A band index drawn with ``weights`` (e.g. DfE's duration bands)."""
        deck = self.choices.get((name, year))
        if deck is None:
            deck = self.choices[(name, year)] = Deck(
                stream(self.seed, self.la_code, name, year),
                {str(i): w for i, w in enumerate(weights)})
        return int(deck.draw())


@dataclass(frozen=True)
class Rates:
    """The front door's conditional shares for one year, from its published counts."""

    year: Year
    scale: float
    cin_plan_share: float

    @cached_property
    def referrals(self) -> int:
        return self.year.count("referrals", self.scale)

    @cached_property
    def nfa(self) -> float:
        return self.year.share("nfa_percent")

    @cached_property
    def further_action(self) -> float:
        return max(self.referrals * (1 - self.nfa), 1.0)

    @cached_property
    def section47(self) -> float:
        return min(self.year.count("section47", self.scale) / self.further_action, 0.95)

    @cached_property
    def conference(self) -> float:
        enquiries = max(self.year.count("section47", self.scale), 1)
        return min(self.year.count("icpc", self.scale) / enquiries, 1.0)

    @cached_property
    def plan(self) -> float:
        conferences = max(self.year.count("icpc", self.scale), 1)
        return min(self.year.count("cpp_starts", self.scale) / conferences, 1.0)

    @cached_property
    def not_in_need(self) -> float:
        """Share of the referrals without a section 47 enquiry that close after assessment."""
        without_enquiry = self.further_action - self.year.count("section47", self.scale)
        closed = self.referrals * self.year.share("not_in_need_percent")
        return min(closed / max(without_enquiry, 1.0), 0.95)

    @cached_property
    def extra_assessments(self) -> float:
        """Further assessments per plan episode, to reach the year's completed assessments."""
        extra = self.year.count("assessments", self.scale) - self.further_action
        in_need = self.further_action - self.referrals * self.year.share("not_in_need_percent")
        return max(extra, 0.0) / max(in_need, 1.0)

    @cached_property
    def cin_plan_days(self) -> float:
        """Mean length of a CIN plan that keeps the year's children in need at 31 March.

        Children in need at 31 March are those in care, on protection plans, being assessed
        and on CIN plans; the rest of the published stock, divided by the yearly flow into CIN
        plans, is how long a plan lasts on average.
        """
        stock = (self.year.count("cin_at31", self.scale) - self.year.count("cla_at31", self.scale)
                 - self.year.count("cpp_at31", self.scale) - self.further_action * 80 / 365)
        flow = (self.further_action - self.referrals * self.year.share("not_in_need_percent")
                - self.year.count("cpp_starts", self.scale)) * self.cin_plan_share
        flow += self.year.count("cpp_starts", self.scale) * 0.5
        return min(max(stock / max(flow, 1.0) * 365, 60.0), 730.0)


def rates(profile: Profile, year: int, scale: float) -> Rates:
    return Rates(profile.year(year), scale, profile.number("cin_plan_percent") / 100)
