"""Who a pack is for, and so how its figures are shown."""

from __future__ import annotations

from enum import StrEnum


class Audience(StrEnum):
    BOARD = "board"
    """The trust's or council's leaders: figures as computed (still no child-level data)."""
    PUBLIC = "public"
    """Public papers (scrutiny): small numbers suppressed everywhere."""
