"""The XML parser refuses entity tricks and reports malformed input with its line."""

import pytest

from cscmonitor.formats.issues import FormatError
from cscmonitor.formats.xml import local_name, parse_xml

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Message><Children>&lol3;</Children></Message>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Message><Children>&xxe;</Children></Message>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_are_refused(data: bytes) -> None:
    with pytest.raises(FormatError) as caught:
        parse_xml(data, "evil.xml")
    issue = caught.value.issues[0]
    assert (issue.code, issue.line, issue.file) == ("unsafe-content", 2, "evil.xml")


def test_malformed_xml_names_the_line() -> None:
    with pytest.raises(FormatError) as caught:
        parse_xml(b"<Message>\n<Children>\n</Message>", "bad.xml")
    assert caught.value.issues[0].code == "malformed"
    assert caught.value.issues[0].line == 3


def test_windows_1252_content_declared_as_utf8_is_read() -> None:
    data = '<?xml version="1.0" encoding="UTF-8"?>\n<Message><Name>Zoë</Name></Message>'
    root = parse_xml(data.encode("cp1252"), "cp.xml")
    assert root[0].text == "Zoë"


def test_line_numbers_and_namespaces() -> None:
    root = parse_xml(b'\xef\xbb\xbf<Message xmlns="urn:x">\n  <Header/>\n</Message>', "n.xml")
    assert local_name(root) == "Message"
    assert root[0].sourceline == 2
