"""Rounding as DfE publishes figures: half up (2.25 -> 2.3), not to even as Python rounds."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def round_decimal(value: float, decimals: int = 1) -> Decimal:
    """``value`` as written (23.7, not 23.699...) rounded half up to ``decimals`` places."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def round_half_up(value: float, decimals: int = 1) -> float:
    return float(round_decimal(value, decimals))
