"""Every indicator, found by walking ``definitions/<theme>/`` for ``<id>.yml`` + ``<id>.sql``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from cscmonitor.indicators.definition import Indicator, Theme, indicator_from_yaml


@cache
def indicators() -> dict[str, Indicator]:
    """Indicator id -> definition, in board-pack order (theme, then file name)."""
    root = Path(str(resources.files("cscmonitor.indicators") / "definitions"))
    found: dict[str, Indicator] = {}
    for theme in Theme:
        folder = root / theme.value
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yml")):
            sql_path = path.with_suffix(".sql")
            if not sql_path.is_file():
                raise ValueError(f"{path}: no SQL file {sql_path.name} beside it")
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            indicator = indicator_from_yaml(document, sql_path.read_text(encoding="utf-8"),
                                            path)
            if indicator.theme is not theme:
                raise ValueError(f"{path}: theme {indicator.theme} but kept under {theme}")
            if indicator.id in found:
                raise ValueError(f"{path}: indicator {indicator.id} declared twice")
            found[indicator.id] = indicator
    return found


def indicator(indicator_id: str) -> Indicator:
    try:
        return indicators()[indicator_id]
    except KeyError:
        raise KeyError(f"no indicator {indicator_id!r}; known: "
                       f"{', '.join(sorted(indicators()))}") from None
