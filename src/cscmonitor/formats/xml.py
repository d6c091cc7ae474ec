"""Parsing XML returns without the dangers XML brings.

Statutory returns never declare a DOCTYPE or entities, so any file that does is refused before
parsing: that stops entity-expansion ("billion laughs") and external-entity attacks outright.
The parser is also configured to resolve no entities, load no DTD and touch no network.
"""

from __future__ import annotations

import re

from lxml import etree

from cscmonitor.formats.issues import fatal
from cscmonitor.formats.source import decode_text

_DECLARATIONS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ENCODING_DECL = re.compile(r"^(\s*<\?xml[^>]*?)\s+encoding=([\"'])[^\"']*\2", re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )


def parse_xml(data: bytes, file: str) -> etree._Element:
    """The root element of a safe, well-formed document, with source line numbers kept."""
    found = _DECLARATIONS.search(data[:1_000_000]) or _DECLARATIONS.search(data)
    if found:
        line = data[: found.start()].count(b"\n") + 1
        raise fatal(file, "unsafe-content", "XML without DOCTYPE or entity declarations",
                    line=line, value=found.group(0).decode("ascii", "replace"))
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        if "encoding" not in str(exc).lower() and "utf-8" not in str(exc).lower():
            raise fatal(file, "malformed", f"well-formed XML ({exc.msg})",
                        line=exc.lineno) from exc
    # Declared (or defaulted) as UTF-8 but written in Windows-1252 by the exporting system.
    text = _ENCODING_DECL.sub(r"\1", decode_text(data, file), count=1)
    try:
        return etree.fromstring(text.encode("utf-8"), _parser())
    except etree.XMLSyntaxError as exc:
        raise fatal(file, "malformed", f"well-formed XML ({exc.msg})", line=exc.lineno) from exc


def line_of(element: etree._Element) -> int:
    """The element's source line; every element of a parsed document has one."""
    line = element.sourceline
    return line if isinstance(line, int) else 0


def local_name(element: etree._Element) -> str:
    """Element name without any namespace: real files come with and without one."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
