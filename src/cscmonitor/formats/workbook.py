"""Opening .xlsx workbooks only after checking they are not decompression bombs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from cscmonitor.formats.issues import fatal
from cscmonitor.formats.limits import ReadLimits


def check_workbook(path: Path, limits: ReadLimits) -> None:
    """Refuse a workbook whose archive would expand beyond the limits.

    The sizes are those the archive declares; zipfile refuses to inflate a member past its
    declared size, so a lying header cannot get more through.
    """
    if path.stat().st_size > limits.max_file_bytes:
        raise fatal(path.name, "too-large",
                    f"at most {limits.max_file_bytes // (1024 * 1024)} MiB")
    if not zipfile.is_zipfile(path):
        raise fatal(path.name, "malformed", "an .xlsx workbook (a zip archive)")
    with zipfile.ZipFile(path) as archive:
        members = archive.infolist()
        if len(members) > limits.max_archive_members:
            raise fatal(path.name, "compression-bomb",
                        f"at most {limits.max_archive_members} parts", value=str(len(members)))
        total = sum(m.file_size for m in members)
        if total > limits.max_uncompressed_bytes:
            raise fatal(path.name, "compression-bomb",
                        f"at most {limits.max_uncompressed_bytes // (1024 * 1024)} MiB "
                        "uncompressed", value=str(total))
        for member in members:
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > 1024 * 1024 and ratio > limits.max_compression_ratio:
                raise fatal(path.name, "compression-bomb",
                            f"a compression ratio under {limits.max_compression_ratio}:1",
                            value=f"{member.filename} {ratio:.0f}:1")
