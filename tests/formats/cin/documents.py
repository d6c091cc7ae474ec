"""Small hand-made CIN census documents for reader tests (fictional children only)."""

from __future__ import annotations

from pathlib import Path

from cscmonitor.formats.cin import read
from cscmonitor.formats.registry import ReadOptions
from cscmonitor.formats.result import ReadResult

HEADER = """<Message>
  <Header>
    <CollectionDetails>
      <Collection>CIN</Collection>
      <Year>{year}</Year>
      <ReferenceDate>{year}-03-31</ReferenceDate>
    </CollectionDetails>
    <Source>
      <SourceLevel>L</SourceLevel>
      <LEA>333</LEA>
    </Source>
  </Header>
  <Children>
"""

CHILD = """    <Child>
      <ChildIdentifiers>
        <LAchildID>{child}</LAchildID>
        <PersonBirthDate>2015-06-01</PersonBirthDate>
        <Sex>{sex}</Sex>
      </ChildIdentifiers>
      <ChildCharacteristics>
        <Ethnicity>{ethnicity}</Ethnicity>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>{referral}</CINreferralDate>
        <ReferralSource>{source}</ReferralSource>
        <ReferralNFA>0</ReferralNFA>
      </CINdetails>
    </Child>
"""

FOOTER = """  </Children>
</Message>
"""


def document(year: int = 2025, child: str = "", **values: str) -> str:
    """A valid one-child return; ``child`` replaces the whole Child element when given."""
    fields = {"child": "A1", "sex": "F", "ethnicity": "WBRI", "referral": "2024-06-03",
              "source": "1A"} | values
    return HEADER.format(year=year) + (child or CHILD.format(**fields)) + FOOTER


def read_text(tmp_path: Path, text: str | bytes, year: int | None = None,
              name: str = "return.xml") -> ReadResult:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read([path], ReadOptions(year=year))
