from pathlib import Path

import pytest

from cscmonitor.formats.issues import FormatError
from cscmonitor.formats.limits import MIB, ReadLimits
from cscmonitor.formats.source import decode_text, read_bytes


@pytest.mark.parametrize("data", [
    "Zoë,Ł".encode(), b"\xef\xbb\xbf" + "Zoë,Ł".encode(), "Zoë,Ł".encode("utf-16"),
])
def test_unicode_encodings(data: bytes) -> None:
    assert decode_text(data, "f.csv") == "Zoë,Ł"


def test_windows_1252_exports() -> None:
    assert decode_text("Zoë – £5".encode("cp1252"), "f.csv") == "Zoë – £5"


def test_bytes_that_are_no_text_encoding_are_located() -> None:
    with pytest.raises(FormatError) as caught:
        decode_text(b"CHILD\nok\n\x81\x8d", "f.csv")
    issue = caught.value.issues[0]
    assert (issue.code, issue.line, issue.file) == ("encoding", 3, "f.csv")


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (2 * MIB))
    with pytest.raises(FormatError, match="too-large"):
        read_bytes(big, ReadLimits(max_file_bytes=MIB))
    assert read_bytes(big, ReadLimits()) == b"x" * (2 * MIB)


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSCMONITOR_MAX_FILE_MB", "3")
    monkeypatch.setenv("CSCMONITOR_MAX_UNCOMPRESSED_MB", "7")
    limits = ReadLimits.from_environment()
    assert (limits.max_file_bytes, limits.max_uncompressed_bytes) == (3 * MIB, 7 * MIB)
