"""Rules changed, added or retired for 2025/26: the overlay on the 2024/25 rule set."""
