"""Reading input bytes safely: size limits and the encodings real exports use."""

from __future__ import annotations

import codecs
from pathlib import Path

from cscmonitor.formats.issues import fatal
from cscmonitor.formats.limits import ReadLimits


def read_bytes(path: Path, limits: ReadLimits) -> bytes:
    """The file's bytes, refused before reading if it is over the size limit."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise fatal(path.name, "too-large",
                    f"at most {limits.max_file_bytes // (1024 * 1024)} MiB; "
                    f"the file is {size // (1024 * 1024)} MiB", value=str(size))
    return path.read_bytes()


def decode_text(data: bytes, file: str) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.

    UTF-8 is tried first because Windows-1252 would accept almost any bytes and silently
    mangle genuine UTF-8; bytes that are not UTF-8 and are defined in Windows-1252 are read as
    Windows-1252, the encoding of older case management exports.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise fatal(file, "encoding", "UTF-16 text after a UTF-16 byte order mark",
                        value=data[exc.start : exc.end].hex()) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fatal(file, "encoding", "UTF-8 or Windows-1252 text",
                    line=line, value=data[exc.start : exc.end].hex()) from exc
