"""The ``cscmonitor`` command line: every step of the product as a scriptable subcommand."""

from cscmonitor.cli import benchmarks, demo, indicators, load, report, show, synth, validate
from cscmonitor.cli.app import app

__all__ = ["app", "benchmarks", "demo", "indicators", "load", "main", "report", "show", "synth",
           "validate"]


def main() -> None:
    """Entry point of the ``cscmonitor`` console script."""
    app(prog_name="cscmonitor")
