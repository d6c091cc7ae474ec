"""The pack as one HTML page (also the source of the PDF): Jinja2 templates with autoescape
and strict undefined, so a missing figure is an error, not a blank."""

from __future__ import annotations

from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from cscmonitor.reports.view import PackView


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("cscmonitor.reports", "templates"),
                       autoescape=select_autoescape(["html"], default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def stylesheet() -> str:
    return (resources.files("cscmonitor.reports") / "templates" / "report.css").read_text(
        encoding="utf-8")


def render_html(view: PackView, for_print: bool = False) -> str:
    """The page; ``for_print`` gives the source of the PDF (charts as SVG images)."""
    return _environment().get_template("report.html").render(
        view=view, css=stylesheet(), for_print=for_print)
