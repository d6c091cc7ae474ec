import pytest

from cscmonitor.formats.delimited import header_key, read_delimited
from cscmonitor.formats.issues import FormatError
from cscmonitor.model import ROW


def test_blank_trailing_rows_and_columns_are_dropped() -> None:
    data = b"CHILD,DOB,,\r\n1,01/01/2020,,\r\n2,02/01/2020,,\r\n,,,\r\n,,,\r\n"
    frame = read_delimited(data, "f.csv")
    assert frame.columns == ["CHILD", "DOB", ROW]
    assert frame[ROW].to_list() == [2, 3]


def test_other_delimiters_and_bom() -> None:
    frame = read_delimited(b"\xef\xbb\xbfCHILD;DOB\n1;01/01/2020\n", "f.csv")
    assert frame.columns == ["CHILD", "DOB", ROW]


def test_header_keys_ignore_case_spacing_and_punctuation() -> None:
    assert header_key(" Child Unique ID ") == header_key("CHILD_UNIQUE_ID") == "childuniqueid"


def test_empty_input_is_refused() -> None:
    with pytest.raises(FormatError, match="malformed"):
        read_delimited(b"", "f.csv")
