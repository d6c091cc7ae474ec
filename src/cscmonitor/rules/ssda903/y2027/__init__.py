"""Rules changed or added for 2026/27: the overlay on the 2024/25 and 2025/26 rule sets."""
