"""CIN returns are recognised by content, and other XML returns are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscmonitor.formats.cin import sniff
from tests.formats.cin.documents import CHILD, FOOTER, document

PATH = Path("anything.txt")


@pytest.mark.parametrize("head", [
    document().encode(),
    b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- export -->\n" + document().encode(),
    document().replace("<Message>", '<cin:Message xmlns:cin="urn:x">').encode(),
    document().encode("utf-16"),
    # No collection details at all, but children with CIN details.
    ("<Message>\n  <Children>\n" + CHILD.format(
        child="A1", sex="F", ethnicity="WBRI", referral="2024-06-03", source="1A")
     + FOOTER).encode(),
], ids=["plain", "bom-declaration-comment", "prefixed", "utf-16", "no-header"])
def test_cin_returns_are_recognised(head: bytes) -> None:
    assert sniff(PATH, head)


@pytest.mark.parametrize("head", [
    b"<Message><Header><CollectionDetails><Collection>CSWW</Collection></CollectionDetails>"
    b"</Header><LALevelVacancies/></Message>",
    b"<Message><Children><Child><Name>x</Name></Child></Children></Message>",
    b"<Return><Collection>CIN</Collection></Return>",
    b"CHILD,SEX,DOB\n1,1,01/01/2015\n",
    b"",
], ids=["workforce", "no-cin-details", "other-root", "csv", "empty"])
def test_other_files_are_not_claimed(head: bytes) -> None:
    assert not sniff(PATH, head)


def test_the_workforce_sample_is_not_claimed(reference: Path) -> None:
    path = reference / "samples" / "workforce" / "social_work_workforce_2022_sample.xml"
    assert not sniff(path, path.read_bytes()[:65_536])
