from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1003",
    message="Date of LA's decision that a child should be placed for adoption is before the "
            "child started to be looked after.",
    severity=Severity.ERROR,
    tables=("ssda903_placed_for_adoption", "ssda903_episodes"),
    fields=("DATE_PLACED", "DECOM", "RNE"),
    sql="""
        WITH started AS (
            SELECT CHILD, min(DECOM) AS DECOM FROM ssda903_episodes
            WHERE RNE = 'S' GROUP BY CHILD)
        SELECT p._row FROM ssda903_placed_for_adoption p
        JOIN started s ON s.CHILD = p.CHILD
        WHERE p.DATE_PLACED < s.DECOM
    """,
    note="Compared with the first episode with RNE S in the return, as DfE's rule says.",
)
