from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run, stored
from tests.cli.toyformat import toy_file

pytestmark = pytest.mark.usefixtures("toy")


def test_demo_loads_every_sample_then_shows_a_repeat_load_changes_nothing(
        run: Run, tmp_path: Path, data_dir: Path) -> None:
    samples = tmp_path / "samples"
    toy_file(samples / "one", "a.txt", children=["A1,soon"])
    toy_file(samples / "two" / "deeper", "b.txt", first_line="TOY 2024 333")
    (samples / "two" / "readme.md").write_text("# not a return\n")
    result = run("demo", "--samples", samples)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if "Toy return" in line]
    assert len(lines) == 2 and all(line.rstrip("│ ").endswith("stored") for line in lines)
    assert {"2023/24", "2024/25"} == {y for line in lines for y in ("2023/24", "2024/25")
                                      if y in line}
    assert ("Loaded again: 2 of 2 returns recognised as already loaded. Warehouse before: "
            "2 snapshots, 3 rows, 1 warning; after: 2 snapshots, 3 rows, 1 warning."
            ) in " ".join(result.stdout.split())
    assert "Skipped readme.md: cannot be read." in result.stderr
    assert stored(data_dir) == [1, 2]


def test_demo_without_any_readable_sample_fails(run: Run, tmp_path: Path,
                                                data_dir: Path) -> None:
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "notes.txt").write_text("nothing here\n")
    result = run("demo", "--samples", tmp_path / "samples")
    assert result.exit_code == 1
    assert "No sample return could be read" in result.stderr
