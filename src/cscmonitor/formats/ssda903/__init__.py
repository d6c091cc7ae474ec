"""SSDA903, the children looked after return: the CSV set and the XML file."""

from cscmonitor.formats.registry import FormatSpec
from cscmonitor.formats.ssda903 import csv_reader, csv_writer, xml_reader, xml_writer
from cscmonitor.model.returns.ssda903 import RETURN_NAME

FORMATS = [
    FormatSpec(
        name=csv_reader.FORMAT, return_name=RETURN_NAME,
        title="SSDA903 CSV set (children looked after), one file per table",
        sniff=csv_reader.sniff, read=csv_reader.read, write=csv_writer.write, grouped=True),
    FormatSpec(
        name=xml_reader.FORMAT, return_name=RETURN_NAME,
        title="SSDA903 XML file (children looked after)",
        sniff=xml_reader.sniff, read=xml_reader.read, write=xml_writer.write),
]
