"""The validation summary in the terminal: outcomes, findings by rule, what did not run."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from cscmonitor.rules.report.summary import Summary, outcome_counts


def print_summary(console: Console, summary: Summary) -> None:
    console.print(summary.title, style="bold", markup=False)
    counts = Table(show_header=False)
    counts.add_column(style="bold")
    counts.add_column(justify="right")
    for label, count in outcome_counts(summary):
        counts.add_row(label, f"{count:,}")
    console.print(counts)
    if summary.by_rule.height:
        by_rule = Table(title="Errors and queries by rule", title_justify="left")
        for heading in ("Rule", "Severity", "Findings", "Children", "Message"):
            by_rule.add_column(heading, overflow="fold",
                               justify="right" if heading in ("Findings", "Children") else "left")
        for code, severity, count, children, message in summary.by_rule.iter_rows():
            by_rule.add_row(code, severity, f"{count:,}", f"{children:,}", message)
        console.print(by_rule)
    for heading, problems in (("Crashed rules (not counted as passed)", summary.crashed),
                              ("Skipped rules", summary.skipped)):
        if problems:
            listed = Table(title=heading, title_justify="left")
            listed.add_column("Rule")
            listed.add_column("Error" if problems is summary.crashed else "Reason",
                              overflow="fold")
            for code, detail in problems:
                listed.add_row(code, detail)
            console.print(listed)
