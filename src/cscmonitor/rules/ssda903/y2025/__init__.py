"""Rules in force for 2024/25: the full set the later years overlay."""
