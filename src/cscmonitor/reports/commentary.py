"""The service's own commentary: one markdown file per indicator, ``<id>.md``, kept by the
authority (by default in ``commentary/`` in the data folder).

Markdown is rendered with markdown-it-py (CommonMark) with raw HTML turned off, so anything
that looks like a tag is shown as text, and links are limited to http(s) and mailto.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

COMMENTARY_FOLDER = "commentary"
_SAFE_LINKS = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class Commentary:
    text: str
    """The markdown as written (for the workbook)."""
    html: str
    """Rendered, safe to insert into the page."""


def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False})
    md.validateLink = lambda url: url.lower().startswith(_SAFE_LINKS)  # type: ignore[method-assign]
    return md


def read_commentary(folder: Path | None, ids: list[str]) -> dict[str, Commentary]:
    """The commentary files found in ``folder`` for ``ids`` (missing ones are left out)."""
    if folder is None or not folder.is_dir():
        return {}
    md = _renderer()
    found = {}
    for indicator_id in ids:
        path = folder / f"{indicator_id}.md"
        if path.is_file():
            text = path.read_text(encoding="utf-8-sig")
            found[indicator_id] = Commentary(text, md.render(text))
    return found
