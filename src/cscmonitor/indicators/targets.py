"""Targets per indicator: the authority's own, else the defaults shipped with cscmonitor.

``targets.yml`` maps an indicator id to ``target`` (a number in the indicator's unit), and
optionally ``polarity`` (higher or lower, overriding the indicator's), ``tolerance`` (the
amber band, in the indicator's unit; default 5% of the target) and ``note``. The file used is
the one given (``--targets FILE``), else ``targets.yml`` in the data folder, else the shipped
default. A mistake (an unknown indicator id or key, a target that is not a number) stops with
the file, line and key.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

import yaml

from cscmonitor.indicators.definition import Polarity
from cscmonitor.warehouse import data_dir as data_folder

TARGETS_FILE = "targets.yml"
DEFAULT_TOLERANCE_SHARE = 0.05
"""Without a ``tolerance``, the amber band is 5% of the target (22.6% -> 1.13 points)."""
_KEYS = ("target", "polarity", "tolerance", "note")


@dataclass(frozen=True)
class Target:
    target: float
    polarity: Polarity | None
    """Overrides the indicator's polarity when given."""
    tolerance: float
    """How far from the target still counts as amber, in the indicator's unit."""
    note: str | None
    source: str
    """The file the target was read from."""


class TargetsError(ValueError):
    """A targets file is wrong; the message names the file, line and key."""

    def __init__(self, file: str, line: int | None, key: str | None, problem: str) -> None:
        where = file + (f", line {line}" if line is not None else "")
        where += f", {key}" if key else ""
        super().__init__(f"{where}: {problem}")
        self.file, self.line, self.key = file, line, key


def shipped_targets() -> Path:
    return Path(str(resources.files("cscmonitor.indicators") / TARGETS_FILE))


def targets_path(path: Path | None, data_dir: Path | None) -> Path:
    """The targets file in force: ``path``, else ``targets.yml`` in the data folder
    (``data_dir``, or the default one when None, as for the warehouse), else the shipped one."""
    if path is not None:
        return path
    own = data_folder(data_dir) / TARGETS_FILE
    return own if own.is_file() else shipped_targets()


def load_targets(path: Path | None, data_dir: Path | None,
                 known_ids: Collection[str]) -> dict[str, Target]:
    """The targets in force (see ``targets_path``), checked against ``known_ids``."""
    chosen = targets_path(path, data_dir)
    try:
        text = chosen.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TargetsError(str(chosen), None, None, f"cannot be read ({error})") from None
    return parse_targets(text, str(chosen), known_ids)


def parse_targets(text: str, file: str, known_ids: Collection[str]) -> dict[str, Target]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise TargetsError(file, mark.line + 1 if mark else None, None,
                           f"not valid YAML ({getattr(error, 'problem', error)})") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise TargetsError(file, root.start_mark.line + 1, None,
                           "expected indicator ids, each with a target")
    targets: dict[str, Target] = {}
    for key_node, value_node in root.value:
        line, indicator = key_node.start_mark.line + 1, str(key_node.value)
        if indicator not in known_ids:
            raise TargetsError(file, line, indicator, "not an indicator id")
        if indicator in targets:
            raise TargetsError(file, line, indicator, "given twice")
        targets[indicator] = _target(value_node, file, indicator)
    return targets


def default_tolerance(target: float) -> float:
    """5% of the target, computed in decimal so 22.6 gives exactly 1.13."""
    return float(abs(Decimal(repr(target))) * Decimal(repr(DEFAULT_TOLERANCE_SHARE)))


def _target(node: yaml.Node, file: str, indicator: str) -> Target:
    if not isinstance(node, yaml.MappingNode):
        raise TargetsError(file, node.start_mark.line + 1, indicator,
                           "expected target:, and optionally polarity:, tolerance:, note:")
    fields: dict[str, tuple[str, int]] = {}
    for key_node, value_node in node.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if key not in _KEYS:
            raise TargetsError(file, line, f"{indicator}.{key}",
                               f"unknown key (allowed: {', '.join(_KEYS)})")
        if not isinstance(value_node, yaml.ScalarNode):
            raise TargetsError(file, line, f"{indicator}.{key}", "expected a single value")
        fields[key] = (str(value_node.value), line)

    def number(key: str) -> float | None:
        if key not in fields:
            return None
        raw, line = fields[key]
        try:
            return float(raw)
        except ValueError:
            raise TargetsError(file, line, f"{indicator}.{key}",
                               f"expected a number, found {raw!r}") from None

    target = number("target")
    if target is None:
        raise TargetsError(file, node.start_mark.line + 1, indicator, "no target: given")
    tolerance = number("tolerance")
    if tolerance is not None and tolerance < 0:
        raise TargetsError(file, fields["tolerance"][1], f"{indicator}.tolerance",
                           "must not be negative")
    polarity = None
    if "polarity" in fields:
        raw, line = fields["polarity"]
        if raw not in (Polarity.HIGHER, Polarity.LOWER):
            raise TargetsError(file, line, f"{indicator}.polarity",
                               f"expected higher or lower, found {raw!r}")
        polarity = Polarity(raw)
    note = fields["note"][0] if "note" in fields else None
    return Target(target=target, polarity=polarity,
                  tolerance=tolerance if tolerance is not None else default_tolerance(target),
                  note=note, source=file)
