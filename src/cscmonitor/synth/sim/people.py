"""New children as they first come to the authority's notice: age, sex, ethnicity, identifiers.

Children are created only when something happens to them (a contact, a referral, a period of
care), with an age drawn from the profile's bands. Each has an LA child id (increasing, with
random gaps, as case management systems issue them), a real home postcode in the authority
and, for most, a UPN that the school records from the September after they turn four.
"""

from __future__ import annotations

from datetime import date

from cscmonitor.synth.identity import make_upn
from cscmonitor.synth.places import Places
from cscmonitor.synth.profile import Profile
from cscmonitor.synth.rng import Deck, flag_deck, stream
from cscmonitor.synth.sim.state import Child

AGE_BANDS: dict[str, tuple[int, int]] = {
    "unborn": (-112, -7),
    "under1": (0, 364),
    "1-4": (365, 1825),
    "5-9": (1826, 3652),
    "10-15": (3653, 5843),
    "16-17": (5844, 6570),
}
"""Age in days at the event, by the profile's band names (unborn: days before birth)."""

PRIMARY_SCHOOLS = range(2001, 2091)


def school_start(dob: int) -> int:
    """1 September of the school year in which the child starts reception."""
    born = date.fromordinal(dob)
    year = born.year + (5 if born.month >= 9 else 4)
    return date(year, 9, 1).toordinal()


class People:
    """Creates the authority's children, deterministically from its seed."""

    def __init__(self, seed: int, profile: Profile, la_code: str,
                 places: Places) -> None:
        self.rng = stream(seed, la_code, "people")
        self.la_code = la_code
        self.places = places
        self.children: list[Child] = []
        self.ages = Deck(stream(seed, la_code, "ages"), profile.weights("referral_age"))
        self.sexes = Deck(stream(seed, la_code, "sexes"), profile.weights("sex"))
        self.ethnicities = Deck(stream(seed, la_code, "ethnicity"),
                                profile.weights("ethnicity"))
        self.disabled = flag_deck(stream(seed, la_code, "disabled"),
                                  profile.number("disabled_percent") / 100)
        self.disability = profile.weights("disability")
        self.with_upn = flag_deck(stream(seed, la_code, "upn"), 0.96)
        self.serials: dict[tuple[int, int], int] = {}
        self.next_id = 1_000_000 + self.rng.randrange(1000, 90_000)

    def _upn(self, start: int) -> str | None:
        if not self.with_upn.draw():
            return None
        year = date.fromordinal(start).year
        while True:
            school = self.rng.choice(PRIMARY_SCHOOLS)
            serial = self.serials.get((school, year), 0) + 1
            if serial < 1000:
                self.serials[(school, year)] = serial
                return make_upn(self.la_code, school, year, serial)

    def _disabilities(self) -> tuple[str, ...]:
        if not self.disabled.draw():
            return ("NONE",)
        codes = list(self.disability)
        weights = [self.disability[c] for c in codes]
        first = self.rng.choices(codes, weights)[0]
        if self.rng.random() < 0.3:
            second = self.rng.choices(codes, weights)[0]
            if second != first:
                return tuple(sorted((first, second)))
        return (first,)

    def complete(self, child: Child) -> None:
        """Give a child first seen at a contact what a case record needs: identifiers and
        disabilities."""
        if not child.home_postcode:
            child.home_postcode = self.places.home(self.rng)
            child.upn = self._upn(child.school_start)
            child.disabilities = self._disabilities()

    def new(self, day: int, band: str | None = None, age_days: int | None = None,
            sex: str | None = None, contact_only: bool = False) -> Child:
        """A child first known on ``day``, of the age band given (or drawn from the profile).

        A child known only from a contact gets a postcode and UPN if a case is ever opened.
        """
        if age_days is None:
            low, high = AGE_BANDS[band or self.ages.draw()]
            age_days = self.rng.randint(low, high)
        dob = day - age_days
        start = school_start(dob)
        self.next_id += self.rng.randint(1, 23)
        child = Child(
            index=len(self.children),
            child_id=str(self.next_id),
            dob=dob,
            sex=sex or self.sexes.draw(),
            ethnicity=self.ethnicities.draw(),
            disabilities=("NONE",),
            home_postcode="",
            upn=None,
            school_start=start,
        )
        if not contact_only:
            self.complete(child)
        self.children.append(child)
        return child
