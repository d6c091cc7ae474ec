from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="557",
    message="Child for whom the decision was made that they should be placed for adoption has "
            "left care but was not adopted and information on the decision that they should no "
            "longer be placed for adoption items has not been completed.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_placed_for_adoption"),
    fields=("DATE_PLACED_CEASED", "LS", "PLACE", "REASON_PLACED_CEASED", "REC"),
    sql="""
        WITH left_care AS (
            SELECT _row, CHILD FROM ssda903_episodes
            WHERE (PLACE IN ('A3', 'A4', 'A5', 'A6') OR LS IN ('D1', 'E1'))
              AND REC IS NOT NULL AND REC NOT IN ('X1', 'E11', 'E12')
        ),
        incomplete AS (
            SELECT e._row AS episode_row, p._row AS decision_row
            FROM left_care e JOIN ssda903_placed_for_adoption p ON p.CHILD = e.CHILD
            WHERE p.DATE_PLACED IS NOT NULL
              AND (p.DATE_PLACED_CEASED IS NULL OR p.REASON_PLACED_CEASED IS NULL)
        )
        SELECT 'ssda903_episodes' AS table_name, episode_row AS _row FROM incomplete
        UNION ALL
        SELECT 'ssda903_placed_for_adoption', decision_row FROM incomplete
    """,
    note="A child placed for adoption (A3 to A6) or under a placement or freeing order (E1, "
         "D1) whose episode ended care other than by adoption. Following DfE's wording the "
         "child must have a decision; a child with none is left to rules 551, 553 and 555.",
)
