from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="357",
    message="If this is the first episode ever for this child, reason for new episode must be "
            "S.  Check whether there is an episode immediately preceding this one, which has "
            "been left out.  If not the reason for new episode code must be amended to S.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes",),
    fields=("RNE",),
    sql="""
        SELECT _row FROM ssda903_episodes WHERE DECOM IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY CHILD ORDER BY DECOM, _row) = 1
            AND DECOM >= collection_start() AND RNE IS DISTINCT FROM 'S'
    """,
    note="The child's earliest episode is the first ever only when it starts in the year; one "
         "starting earlier continues care begun in a previous return.",
)
