"""The children's social work workforce census: DfE's XML, and a CSV of workers."""

from cscmonitor.formats.registry import FormatSpec
from cscmonitor.formats.workforce import csv_format, xml_reader, xml_writer

FORMATS = [
    FormatSpec(name=xml_reader.FORMAT, return_name="workforce",
               title="Children's social work workforce census XML", sniff=xml_reader.sniff,
               read=xml_reader.read, write=xml_writer.write),
    FormatSpec(name=csv_format.FORMAT, return_name="workforce",
               title="Children's social work workforce workers CSV", sniff=csv_format.sniff,
               read=csv_format.read, write=csv_format.write),
]
