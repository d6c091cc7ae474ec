"""What a finding shows: the affected fields' values, derived ones included."""

from cscmonitor.formats.handmade import handmade_tables
from cscmonitor.rules import Submission, rules_for, validate
from cscmonitor.rules.submission import issues_frame


def test_findings_show_the_fields_derived_from_postcodes() -> None:
    episode = {"DECOM": "01/06/2025", "RNE": "S", "LS": "C2", "CIN": "N1", "PLACE": "K2",
               "PLACE_PROVIDER": "PR4", "HOME_POST": "B70 9LD", "URN": "SC123456"}
    tables, issues = handmade_tables({"ssda903_episodes": [
        {**episode, "CHILD": "1", "PL_POST": "ZE1 0AA"},    # Shetland: 528.7 miles
        {**episode, "CHILD": "2", "PL_POST": "B70 0ZZ"},    # not a postcode
    ]}, 2026, "episodes.csv")
    submission = Submission("ssda903", 2026, tables, issues_frame(issues), None, "333")
    chosen = [r for r in rules_for("ssda903", 2026) if r.code in ("454", "169")]
    shown = dict(validate(submission, chosen).findings.select("rule", "values").iter_rows())
    assert shown["454"] == "PL_DISTANCE=528.7; HOME_POST=B70 9LD; PL_POST=ZE1 0AA"
    assert shown["169"] == "PL_LA=; PL_POST=B70 0ZZ; LS=C2"
