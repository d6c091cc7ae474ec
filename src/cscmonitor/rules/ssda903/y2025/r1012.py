from cscmonitor.rules.rule import Rule, Severity

_OTHER = ("ssda903_placed_for_adoption", "ssda903_missing", "ssda903_reviews", "ssda903_ad1",
          "ssda903_previous_permanence", "ssda903_oc2")

RULE = Rule(
    code="1012",
    message="No other data should be returned for OC3 children who had no episodes in the "
            "current year",
    severity=Severity.ERROR,
    tables=(*_OTHER, "ssda903_oc3", "ssda903_episodes"),
    fields=("CHILD",),
    sql=" UNION ALL ".join(f"""
        SELECT '{table}' AS table_name, t._row FROM {table} t
        WHERE t.CHILD IN (SELECT CHILD FROM ssda903_oc3)
          AND t.CHILD NOT IN (SELECT CHILD FROM ssda903_episodes)""" for table in _OTHER),
    note="Restricted to children in OC3, as the message says (the community validator flags "
         "any child without episodes). Header and UASC records are expected for them.",
)
