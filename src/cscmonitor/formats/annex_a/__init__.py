"""Ofsted Annex A workbooks (.xlsx): the ILACS child-level lists."""

from cscmonitor.formats.annex_a.reader import FORMAT, read
from cscmonitor.formats.annex_a.sniff import sniff
from cscmonitor.formats.annex_a.writer import write
from cscmonitor.formats.registry import FormatSpec

FORMATS = [
    FormatSpec(name=FORMAT, return_name="annex_a", title="Ofsted Annex A workbook (.xlsx)",
               sniff=sniff, read=read, write=write),
]
