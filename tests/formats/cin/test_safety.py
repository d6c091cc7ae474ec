"""Hostile or broken XML never gets past the reader: refused with a fatal, located error."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.formats.issues import FormatError
from tests.formats.cin.documents import document, read_text

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE Message [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
""" + document().replace("<LAchildID>A1</LAchildID>", "<LAchildID>&lol9;</LAchildID>")

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
""" + document().replace("<LAchildID>A1</LAchildID>", "<LAchildID>&xxe;</LAchildID>")


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY],
                         ids=["billion-laughs", "external-entity"])
def test_entity_tricks_are_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(FormatError) as caught:
        read_text(tmp_path, text, name="evil.xml")
    [issue] = caught.value.issues
    assert (issue.code, issue.file, issue.line) == ("unsafe-content", "evil.xml", 2)


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    text = document().replace("</CINreferralDate>", "</CINreferalDate>")
    with pytest.raises(FormatError) as caught:
        read_text(tmp_path, text, name="bad.xml")
    [issue] = caught.value.issues
    broken = text[:text.index("</CINreferalDate>")].count("\n") + 1
    assert (issue.code, issue.file, issue.line) == ("malformed", "bad.xml", broken)


def test_truncated_file_is_malformed(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as caught:
        read_text(tmp_path, document()[:300])
    assert caught.value.issues[0].code == "malformed"
