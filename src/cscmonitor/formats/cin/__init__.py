"""The children in need census XML: reader, writer and how it is recognised."""

from cscmonitor.formats.cin.reader import read, sniff
from cscmonitor.formats.cin.writer import write
from cscmonitor.formats.registry import FormatSpec

FORMATS = [
    FormatSpec(name="cin-xml", return_name="cin", title="Children in need census (XML)",
               sniff=sniff, read=read, write=write),
]
