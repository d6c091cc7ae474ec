"""Charts: Vega-Lite specs built once here, rendered to SVG for the HTML and PDF (the web
pages will render the same specs in the browser), each with a text description.

The palette is Okabe–Ito (safe for colour-blind readers); series also differ by dash
pattern (named in the legend), so colour is never the only cue. Figures are passed in as
shown to the audience: a suppressed month is a gap in the line, never a number.

The 13-month sparklines of the scorecard are drawn directly as a small SVG polyline: a
full Vega-Lite render per indicator would double the time of a pack for a picture with no
axes, labels or legend.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import vl_convert as vlc

from cscmonitor.indicators.definition import Indicator, Unit
from cscmonitor.model.years import year_containing
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.figures import shown_published, shown_value
from cscmonitor.reports.gather import IndicatorData

OKABE_ITO = {"authority": "#0072B2", "England": "#D55E00", "Neighbours' median": "#009E73"}
DASHES = {"authority": [1, 0], "England": [6, 3], "Neighbours' median": [2, 2]}
FONT = "arial, sans-serif"
_VEGA_LITE = "https://vega.github.io/schema/vega-lite/v5.json"
_WORKERS = 4


@dataclass(frozen=True)
class Chart:
    spec: dict[str, Any]
    alt: str


_UNIT_TITLES = {Unit.PERCENT: "Per cent", Unit.COUNT: "Number", Unit.AVERAGE: "Average"}


def trend_chart(data: IndicatorData, audience: Audience, authority: str) -> Chart:
    """The indicator over the loaded history, with England and the statistical neighbours'
    median of each collection year as reference lines."""
    indicator = data.indicator
    rows: list[dict[str, Any]] = []
    shown_points = []
    for point in data.series:
        shown = shown_value(indicator, point, audience)
        shown_points.append((point, shown.value.text))
        rows.append({"month": point.period.end.isoformat(), "series": "authority",
                     "value": shown.number, "label": shown.value.text})
    by_year = {b.year: b.comparators for b in data.benchmarks}
    references = []
    for name, attribute in (("England", "england"), ("Neighbours' median", "sn_median")):
        if name == "England" and indicator.unit is Unit.COUNT:
            continue
        drawn = False
        for point in data.series:
            comparators = by_year.get(year_containing(point.period.end))
            figure = getattr(comparators, attribute) if comparators else None
            if figure is not None and figure.value is not None:
                drawn = True
                rows.append({"month": point.period.end.isoformat(), "series": name,
                             "value": figure.value,
                             "label": shown_published(indicator, figure)})
        if drawn:
            references.append((name, attribute))
    domain = ["authority"] + [name for name, _ in references]
    legend = {name: (authority if name == "authority" else name) for name in domain}
    spec: dict[str, Any] = {
        "$schema": _VEGA_LITE, "width": 520, "height": 140,
        "config": {"font": FONT, "axis": {"labelFontSize": 11, "titleFontSize": 11},
                   "legend": {"labelFontSize": 11, "orient": "bottom", "title": None},
                   "view": {"stroke": None}},
        "data": {"values": rows},
        "mark": {"type": "line", "invalid": None, "strokeWidth": 2},
        "encoding": {
            "x": {"field": "month", "type": "temporal", "title": "12 months to",
                  "axis": {"format": "%b %Y", "tickCount": 6, "grid": False}},
            "y": {"field": "value", "type": "quantitative",
                  "title": _UNIT_TITLES[indicator.unit], "scale": {"zero": True}},
            "color": {"field": "series", "type": "nominal",
                      "scale": {"domain": domain, "range": [OKABE_ITO[n] for n in domain]},
                      "legend": {"labelExpr": _label_expr(legend)}},
            "strokeDash": {"field": "series", "type": "nominal",
                           "scale": {"domain": domain, "range": [DASHES[n] for n in domain]},
                           "legend": {"labelExpr": _label_expr(legend)}},
        },
    }
    return Chart(spec, _alt(indicator, shown_points, data, references, authority))


def _label_expr(names: dict[str, str]) -> str:
    cases = " : ".join(f"datum.label == {_js(key)} ? {_js(value)}" for key, value in
                       names.items())
    return f"{cases} : datum.label"


def _js(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _alt(indicator: Indicator, points: Sequence[tuple[Any, str]], data: IndicatorData,
         references: Sequence[tuple[str, str]], authority: str) -> str:
    if not points:
        return f"Line chart of {indicator.title}: no figures loaded."
    first, last = points[0], points[-1]
    parts = [f"Line chart of {indicator.title} for {authority}, the 12 months to each month "
             f"end from {first[0].period.end:%B %Y} ({first[1]}) to "
             f"{last[0].period.end:%B %Y} ({last[1]})."]
    years = [f"{p.period.label}: {text}" for p, text in points
             if (p.period.end.month, p.period.end.day) == (3, 31)]
    if years:
        parts.append("Year ends: " + "; ".join(years) + ".")
    for name, attribute in references:
        figures = [f"{b.year - 1}/{b.year % 100:02d} "
                   f"{shown_published(indicator, getattr(b.comparators, attribute))}"
                   for b in data.benchmarks]
        parts.append(f"{name}: " + "; ".join(figures) + ".")
    return " ".join(parts)


@dataclass(frozen=True)
class RenderedChart:
    svg: str
    """Inline SVG with ``role="img"``, a ``<title>`` and the alt text as its label."""
    alt: str

    @property
    def data_uri(self) -> str:
        """The SVG as an image source: WeasyPrint draws an ``<img>`` twice as fast as the
        same SVG inline, and tags it as a figure with its alt text in the PDF."""
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode()).decode()


def render_svgs(charts: Sequence[Chart]) -> list[RenderedChart]:
    """Each chart rendered to SVG, in a few threads (vl-convert releases the GIL)."""
    with ThreadPoolExecutor(_WORKERS) as pool:
        svgs = list(pool.map(lambda chart: vlc.vegalite_to_svg(chart.spec), charts))
    return [RenderedChart(_accessible(svg, chart.alt), chart.alt)
            for svg, chart in zip(svgs, charts, strict=True)]


def _accessible(svg: str, alt: str) -> str:
    text = html.escape(alt, quote=True)
    head, _, rest = svg.partition(">")
    head = head.replace("<svg ", f'<svg role="img" aria-label="{text}" ', 1)
    return f"{head}><title>{text}</title>{rest}"


def sparkline(values: Sequence[float | None], alt: str, width: int = 72,
              height: int = 22) -> str:
    """A small line of up to 13 months (gaps where a month is suppressed), last point
    marked."""
    text = html.escape(alt, quote=True)
    shown = [v for v in values if v is not None]
    if not shown:
        return (f'<svg role="img" aria-label="{text}" width="{width}" height="{height}">'
                f"<title>{text}</title></svg>")
    low, high = min(shown), max(shown)
    span = (high - low) or 1.0
    step = (width - 6) / max(len(values) - 1, 1)
    segments: list[list[str]] = [[]]
    last = (0.0, 0.0)
    for i, value in enumerate(values):
        if value is None:
            segments.append([])
            continue
        x, y = 3 + i * step, height - 3 - (value - low) / span * (height - 6)
        segments[-1].append(f"{x:.1f},{y:.1f}")
        last = (x, y)
    lines = "".join(f'<polyline points="{" ".join(s)}" fill="none" stroke="'
                    f'{OKABE_ITO["authority"]}" stroke-width="1.5"/>' for s in segments if s)
    return (f'<svg role="img" aria-label="{text}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}"><title>{text}</title>{lines}'
            f'<circle cx="{last[0]:.1f}" cy="{last[1]:.1f}" r="2.5" '
            f'fill="{OKABE_ITO["authority"]}"/></svg>')
