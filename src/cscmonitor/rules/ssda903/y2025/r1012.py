from cscmonitor.rules.rule import Rule, Severity

_OTHER = ("ssda903_placed_for_adoption", "ssda903_missing", "ssda903_reviews", "ssda903_ad1",
          "ssda903_previous_permanence", "ssda903_oc2")
_RECORDS = "\n            UNION ALL ".join(
    f"SELECT '{table}' AS table_name, _row, CHILD FROM {table}" for table in _OTHER)

RULE = Rule(
    code="1012",
    message="No other data should be returned for OC3 children who had no episodes in the "
            "current year",
    severity=Severity.ERROR,
    tables=(*_OTHER, "ssda903_oc3", "ssda903_episodes"),
    fields=("CHILD",),
    sql=f"""
        WITH without_episodes AS (
            SELECT CHILD FROM ssda903_oc3
            WHERE CHILD NOT IN (SELECT CHILD FROM ssda903_episodes)
        ), other AS (
            {_RECORDS}
        )
        SELECT table_name, _row FROM other WHERE CHILD IN (SELECT CHILD FROM without_episodes)
    """,
    note="Restricted to children in OC3, as the message says (the community validator flags "
         "any child without episodes). Header and UASC records are expected for them.",
)
