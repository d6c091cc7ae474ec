"""How big an input may be before it is refused: configurable, because real returns vary."""

from __future__ import annotations

import os
from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """Defaults suit the largest English authority's returns with room to spare."""

    max_file_bytes: int = 512 * MIB
    max_uncompressed_bytes: int = 1024 * MIB
    max_compression_ratio: int = 200
    max_archive_members: int = 10_000

    @classmethod
    def from_environment(cls) -> ReadLimits:
        """``CSCMONITOR_MAX_FILE_MB`` and ``CSCMONITOR_MAX_UNCOMPRESSED_MB`` override defaults."""
        defaults = cls()
        file_mb = os.environ.get("CSCMONITOR_MAX_FILE_MB")
        unzipped_mb = os.environ.get("CSCMONITOR_MAX_UNCOMPRESSED_MB")
        return cls(
            max_file_bytes=int(float(file_mb) * MIB) if file_mb else defaults.max_file_bytes,
            max_uncompressed_bytes=(
                int(float(unzipped_mb) * MIB) if unzipped_mb else defaults.max_uncompressed_bytes
            ),
        )
