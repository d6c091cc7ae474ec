import zipfile
from pathlib import Path

import pytest

from cscmonitor.formats.issues import FormatError
from cscmonitor.formats.limits import MIB, ReadLimits
from cscmonitor.formats.workbook import check_workbook


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_highly_compressed_member_is_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": b"\0" * (50 * MIB)})
    with pytest.raises(FormatError) as caught:
        check_workbook(bomb, ReadLimits())
    assert caught.value.issues[0].code == "compression-bomb"


def test_total_expansion_over_the_limit_is_refused(tmp_path: Path) -> None:
    book = _zip(tmp_path / "big.xlsx", {"a.xml": b"a" * (2 * MIB)})
    with pytest.raises(FormatError, match="compression-bomb"):
        check_workbook(book, ReadLimits(max_uncompressed_bytes=MIB))


def test_not_a_zip_is_malformed(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("CHILD,DOB\n1,01/01/2020\n")
    with pytest.raises(FormatError, match="malformed"):
        check_workbook(fake, ReadLimits())


def test_ordinary_workbook_passes(reference: Path) -> None:
    check_workbook(reference / "samples/annex_a/Annex_A_2024_Jan_sample.xlsx", ReadLimits())
