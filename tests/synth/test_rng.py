"""Seeded streams and decks: reproducible, and proportions that hold over few draws."""

from __future__ import annotations

from collections import Counter

from cscmonitor.synth.rng import Deck, between, flag_deck, stream


def test_streams_are_reproducible_and_independent() -> None:
    assert stream(7, "a", 1).random() == stream(7, "a", 1).random()
    assert stream(7, "a", 1).random() != stream(7, "a", 2).random()


def test_a_deck_keeps_the_shares_within_one_draw() -> None:
    deck = Deck(stream(1, "deck"), {"a": 0.223, "b": 0.5, "c": 0.277}, block=50)
    for draws in (37, 100, 333):
        counts = Counter(deck.draw() for _ in range(draws))
        deck = Deck(stream(1, "deck", draws), {"a": 0.223, "b": 0.5, "c": 0.277}, block=50)
        assert abs(counts["a"] - 0.223 * draws) <= 0.223 * 50 + 1


def test_flag_deck_over_whole_blocks_is_exact() -> None:
    deck = flag_deck(stream(2, "flag"), 0.172)
    assert sum(deck.draw() for _ in range(1000)) in (171, 172, 173)


def test_between_stays_in_bounds() -> None:
    rng = stream(3, "between")
    values = {between(rng, 2, 5) for _ in range(500)}
    assert values == {2, 3, 4, 5}
