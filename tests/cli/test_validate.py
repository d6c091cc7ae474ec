from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from cscmonitor.cli import validate as command
from cscmonitor.rules import Rule, Severity
from cscmonitor.warehouse import Warehouse
from cscmonitor.warehouse.findings import findings, rule_runs
from tests.cli.conftest import Run

BAD_PLACE = Rule(code="T1", message="Placement type is not valid.", severity=Severity.ERROR,
                 tables=("ssda903_episodes",), fields=("PLACE",),
                 sql="SELECT _row FROM ssda903_episodes "
                     "WHERE NOT valid_code('ssda903.placement_type', PLACE)")
QUERY = Rule(code="T2", message="Every child is queried.", severity=Severity.QUERY,
             tables=("ssda903_header",), fields=("CHILD",), sql="SELECT _row FROM ssda903_header")
CRASHES = Rule(code="T3", message="Crashes.", severity=Severity.ERROR,
               tables=("ssda903_header",), fields=("CHILD",),
               sql="SELECT no_such_column FROM ssda903_header")
LAST = Rule(code="T4", message="Child was in last year's return.", severity=Severity.QUERY,
            tables=("ssda903_header", "ssda903_header_last"), fields=("CHILD",),
            sql="SELECT _row FROM ssda903_header WHERE CHILD IN "
                "(SELECT CHILD FROM ssda903_header_last)")


def use_rules(monkeypatch: pytest.MonkeyPatch, *rules: Rule) -> None:
    monkeypatch.setattr(command, "rules_for", lambda return_name, year: rules)


def return_903(folder: Path, *places: str, children: tuple[str, ...] = ("C1", "C2")) -> Path:
    """A minimal SSDA903 CSV set: a header and one episode per child."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "header.csv").write_text(
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
        + "".join(f"{c},1,01/01/2015,WBRI,UN1,,\n" for c in children))
    (folder / "episodes.csv").write_text(
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
        "PL_POST,URN\n" + "".join(f"{c},01/05/2024,S,C2,N1,{p},PR1,,,,,,\n"
                                  for c, p in zip(children, places, strict=True)))
    return folder


def test_files_are_summarised_and_written_but_not_stored(
        run: Run, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, BAD_PLACE, QUERY, CRASHES, LAST)
    folder = return_903(tmp_path / "in", "U1", "XX")
    result = run("validate", folder, "--year", "2025", "--out", tmp_path / "out",
                 "--format", "csv,html")
    assert result.exit_code == 0, result.output
    for text in ("ssda903 2024/25: episodes.csv, header.csv", "Rules in force", "Crashed",
                 "Placement type is not valid.", "no_such_column",
                 "needs the 2023/24 return, which is not loaded", "ssda903-2025-findings.csv"):
        assert text in result.stdout
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["ssda903-2025-findings.csv", "ssda903-2025-findings.html"]
    csv = pl.read_csv(tmp_path / "out" / "ssda903-2025-findings.csv", infer_schema=False)
    assert csv.select("rule", "child id", "values").rows() == [
        ("T1", "C2", "PLACE=XX"), ("T2", "C1", "CHILD=C1"), ("T2", "C2", "CHILD=C2")]
    assert not data_dir.exists()


@pytest.mark.parametrize(("rules", "status"), [
    ((BAD_PLACE,), command.EXIT_ERRORS),
    ((CRASHES,), command.EXIT_ERRORS),
    ((QUERY,), 0),
])
def test_fail_on_error_fails_on_errors_and_crashed_rules_only(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rules: tuple[Rule, ...],
        status: int) -> None:
    use_rules(monkeypatch, *rules)
    folder = return_903(tmp_path, "U1", "XX")
    assert run("validate", folder, "--year", "2025").exit_code == 0
    assert run("validate", folder, "--year", "2025", "--fail-on-error").exit_code == status


def test_a_snapshot_keeps_its_findings_and_uses_last_years_return(
        run: Run, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, BAD_PLACE, LAST)
    last_year = return_903(tmp_path / "2024", "U1", children=("C2",))
    assert run("load", last_year, "--year", "2024", "--la", "333").exit_code == 0
    this_year = return_903(tmp_path / "2025", "U1", "XX")
    assert run("load", this_year, "--year", "2025", "--la", "333").exit_code == 0
    result = run("validate", "--snapshot", "2", "--fail-on-error")
    assert result.exit_code == command.EXIT_ERRORS, result.output
    assert "ssda903 2024/25, LA 333: snapshot 2" in result.stdout
    assert "Skipped" in result.stdout and "not loaded" not in result.stdout
    with Warehouse.open(data_dir) as warehouse:
        stored = findings(warehouse, 2).select("rule", "child_id").rows()
        outcomes = rule_runs(warehouse, 2).select("rule", "outcome").rows()
    assert stored == [("T1", "C2"), ("T4", "C2")]
    assert outcomes == [("T1", "failed"), ("T4", "failed")]
    direct = run("validate", this_year, "--year", "2025", "--la", "333")
    assert "T4" in direct.stdout and "not loaded" not in direct.stdout


@pytest.mark.parametrize("words", [
    (), ("--snapshot", "1", "somewhere"), ("--snapshot", "7"), ("--format", "pdf", "x"),
])
def test_wrong_use_is_a_usage_error(run: Run, tmp_path: Path, words: tuple[str, ...]) -> None:
    (tmp_path / "x").mkdir(exist_ok=True)
    (tmp_path / "somewhere").mkdir(exist_ok=True)
    resolved = [str(tmp_path / w) if w in ("x", "somewhere") else w for w in words]
    result = run("validate", *resolved)
    assert result.exit_code == 2, result.output


def test_unreadable_files_fail_without_validating(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a return\n")
    result = run("validate", tmp_path / "notes.txt")
    assert result.exit_code == 1
    assert "notes.txt" in result.stderr
