"""Seeded random streams and low-variance draws, so that a seed gives the same files.

Every authority, and every purpose within it, draws from its own ``random.Random`` whose seed
is a hash of the run's seed and the stream's name: adding draws to one purpose never shifts
another's, and nothing depends on hash randomisation, dict order or the clock.

Calibrated proportions (re-referrals, repeat plans, care leavers in education ...) are drawn
from a ``Deck``: outcomes dealt from shuffled blocks whose make-up matches the target shares.
Over a few hundred draws the observed share then sits within a draw or two of the target,
where independent coin flips would wander by several percentage points, yet the order is
still random.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Hashable, Mapping
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


def stream(seed: int, *names: object) -> random.Random:
    """An independent generator for ``names`` under ``seed``."""
    text = "/".join([str(seed), *(str(n) for n in names)])
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class Deck(Generic[T]):
    """Draws outcomes in shuffled blocks whose counts follow the weights (largest remainder)."""

    def __init__(self, rng: random.Random, weights: Mapping[T, float], block: int = 100) -> None:
        total = sum(weights.values())
        if total <= 0:
            raise ValueError("a deck needs a positive total weight")
        self.rng = rng
        self.outcomes: list[T] = list(weights)
        self.shares = [weights[o] / total for o in self.outcomes]
        self.block = block
        self.carry = [0.0] * len(self.outcomes)
        self.cards: list[T] = []

    def _deal(self) -> None:
        counts = []
        for i, share in enumerate(self.shares):
            exact = share * self.block + self.carry[i]
            counts.append(int(exact))
            self.carry[i] = exact - counts[i]
        short = self.block - sum(counts)
        for i in sorted(range(len(counts)), key=lambda i: -self.carry[i])[:short]:
            counts[i] += 1
            self.carry[i] -= 1.0
        self.cards = [o for o, n in zip(self.outcomes, counts, strict=True) for _ in range(n)]
        self.rng.shuffle(self.cards)

    def draw(self) -> T:
        if not self.cards:
            self._deal()
        return self.cards.pop()


def flag_deck(rng: random.Random, share: float, block: int = 100) -> Deck[bool]:
    """A deck of True (with ``share``) and False."""
    share = min(max(share, 0.0), 1.0)
    return Deck(rng, {True: share, False: 1.0 - share}, block)


def between(rng: random.Random, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` inclusive; cheaper than ``randint``."""
    return low + int(rng.random() * (high - low + 1))
