"""The pack as its audience sees it: every figure already shown (suppressed for the public),
in the order of the pages. The HTML and the workbook are both written from this, so they
can't disagree and neither can reach an unsuppressed number or a child id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cscmonitor.indicators.definition import Indicator, Suppression, Theme, Unit
from cscmonitor.indicators.rag import Direction, Rag
from cscmonitor.indicators.scorecard import ScoreLine
from cscmonitor.indicators.suppression import Shown, suppress_count
from cscmonitor.reports.audience import Audience
from cscmonitor.reports.charts import RenderedChart, render_svgs, sparkline, trend_chart
from cscmonitor.reports.commentary import Commentary
from cscmonitor.reports.figures import (
    shown_number,
    shown_published,
    shown_rate,
    shown_value,
)
from cscmonitor.reports.gather import IndicatorData, PackData
from cscmonitor.reports.quality import QualityRow
from cscmonitor.reports.sentences import change_sentence

RAG_WORDS = {Rag.GREEN: "Green", Rag.AMBER: "Amber", Rag.RED: "Red", Rag.NONE: "No target"}
SUPPRESSED_RAG = "Not shown"
DIRECTION_WORDS = {Direction.IMPROVING: "better", Direction.WORSENING: "worse",
                   Direction.UP: "up", Direction.DOWN: "down",
                   Direction.NO_CHANGE: "no change", Direction.NO_COMPARISON: ""}


@dataclass(frozen=True)
class Count:
    """A count of children (or of records) as shown; the HTML marks it for checking."""

    text: str
    suppression: Suppression


@dataclass(frozen=True)
class Line:
    indicator: Indicator
    value: Shown
    value_is_count: bool
    numerator: Count | None
    denominator: Count | None
    rate: str | None
    last_year: Shown
    sparkline: str
    england: str
    sn_median: str
    benchmark_year: str
    target: str
    rag: Rag
    rag_words: str
    arrow: str
    direction_words: str
    commentary: Commentary | None


@dataclass(frozen=True)
class Section:
    theme: Theme
    lines: tuple[Line, ...]
    charts: tuple[RenderedChart, ...]
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class SeriesRow:
    indicator: Indicator
    period_end: date
    value: Shown
    numerator: Count | None
    denominator: Count | None


@dataclass(frozen=True)
class QualityLine:
    row: QualityRow
    children: Count


@dataclass(frozen=True)
class Source:
    indicator: Indicator
    text: str


@dataclass(frozen=True)
class PackView:
    audience: Audience
    title: str
    authority: str
    period_label: str
    lines: tuple[Line, ...]
    sections: tuple[Section, ...]
    series: tuple[SeriesRow, ...]
    quality: tuple[QualityLine, ...]
    sources: tuple[Source, ...]
    benchmark_origin: str


def _count(indicator: Indicator, shown: Shown | None) -> Count | None:
    return None if shown is None else Count(shown.text, indicator.suppression)


def _arrow(data: IndicatorData) -> str:
    now, then = data.current.value, data.last_year.value if data.last_year else None
    if now is None or then is None:
        return ""
    return "↑" if now > then else "↓" if now < then else "→"


def _line(data: IndicatorData, audience: Audience,
          commentary: Commentary | None) -> Line:
    indicator, line = data.indicator, data.line
    now = shown_value(indicator, data.current, audience)
    before = (shown_value(indicator, data.last_year, audience) if data.last_year else None)
    spark = [shown_value(indicator, p, audience) for p in data.sparkline]
    alt = (f"{indicator.title}, last {len(spark)} months: "
           + ", ".join(f"{p.period.end:%b %Y} {s.value.text}"
                       for p, s in zip(data.sparkline, spark, strict=True)))
    arrow = _arrow(data)
    # A direction would say on which side of last year's figure a suppressed one lies.
    hidden = now.value.suppressed or (before is not None and before.value.suppressed)
    return Line(
        indicator=indicator, value=now.value, value_is_count=indicator.unit is Unit.COUNT,
        numerator=_count(indicator, now.numerator),
        denominator=_count(indicator, now.denominator),
        rate=(shown_rate(indicator, line.rate, data.current.numerator, audience).text
              if indicator.rate_per_10000 else None),
        last_year=before.value if before else Shown("x", False),
        sparkline=sparkline([s.number for s in spark], alt),
        england=_benchmark(indicator, line, "england"),
        sn_median=_benchmark(indicator, line, "sn_median"),
        benchmark_year=(f"{line.benchmark_year - 1}/{line.benchmark_year % 100:02d}"
                        if line.benchmark_year else ""),
        target=shown_number(indicator, line.target.target) if line.target else "",
        # A status against the target would say on which side a suppressed figure lies.
        rag=Rag.NONE if now.value.suppressed else line.rag,
        rag_words=SUPPRESSED_RAG if now.value.suppressed else RAG_WORDS[line.rag],
        arrow="" if hidden else arrow,
        direction_words="" if hidden else DIRECTION_WORDS[line.direction],
        commentary=commentary)


def _benchmark(indicator: Indicator, line: ScoreLine, name: str) -> str:
    """England's or the neighbours' figure; for a count with a published rate, the rate per
    10,000 children (a national total says nothing beside one authority's count)."""
    if line.rate_benchmarks is not None and indicator.rate_per_10000:
        figure = getattr(line.rate_benchmarks, name)
        if figure.value is not None:
            return f"{shown_published(indicator, figure)} per 10,000"
    benchmarks = line.benchmarks
    return shown_published(indicator, getattr(benchmarks, name) if benchmarks else None)


def _series(data: IndicatorData, audience: Audience) -> list[SeriesRow]:
    rows = []
    for point in data.series:
        shown = shown_value(data.indicator, point, audience)
        rows.append(SeriesRow(data.indicator, point.period.end, shown.value,
                              _count(data.indicator, shown.numerator),
                              _count(data.indicator, shown.denominator)))
    return rows


def _authority(data: PackData) -> str:
    if data.la_name:
        return f"{data.la_name} ({data.la_code})"
    return f"LA {data.la_code}" if data.la_code else "the loaded returns"


def build_view(data: PackData, audience: Audience, commentary: dict[str, Commentary],
               quality: Sequence[QualityRow]) -> PackView:
    """The pack for ``audience``: figures shown, charts rendered, sentences written."""
    authority = _authority(data)
    lines = [_line(item, audience, commentary.get(item.indicator.id)) for item in data.items]
    charts = render_svgs([trend_chart(item, audience, authority) for item in data.items])
    sentences = [change_sentence(item, audience) for item in data.items]
    sections = []
    for theme in Theme:
        chosen = [i for i, item in enumerate(data.items) if item.indicator.theme is theme]
        sections.append(Section(theme, tuple(lines[i] for i in chosen),
                                tuple(charts[i] for i in chosen),
                                tuple(sentences[i] for i in chosen)))
    sources = [Source(item.indicator, item.line.benchmarks.source)
               for item in data.items if item.line.benchmarks is not None]
    return PackView(
        audience=audience,
        title=f"Children's social care performance: {data.period.label}",
        authority=authority, period_label=data.period.label, lines=tuple(lines),
        sections=tuple(sections),
        series=tuple(row for item in data.items for row in _series(item, audience)),
        quality=tuple(QualityLine(row, Count(
            suppress_count(row.children, _children_kind(audience)).text,
            Suppression.CHILDREN)) for row in quality),
        sources=tuple(sources), benchmark_origin=data.benchmark_origin)


def _children_kind(audience: Audience) -> Suppression:
    return Suppression.CHILDREN if audience is Audience.PUBLIC else Suppression.NONE

