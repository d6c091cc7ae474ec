from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="406",
    message="Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance "
            "should be blank. [NOTE: This check will result in false negatives for children "
            "formerly UASC not identified as such in loaded data]",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography", "ssda903_uasc",
            "ssda903_uasc_last"),
    fields=("PL_DISTANCE", "HOME_POST", "PL_POST"),
    last_year_optional=True,
    sql="""
        SELECT g._row FROM ssda903_episode_geography g
        WHERE g.PL_DISTANCE IS NOT NULL
          AND (g.CHILD IN (SELECT CHILD FROM ssda903_uasc)
               OR g.CHILD IN (SELECT CHILD FROM ssda903_uasc_last))
    """,
    note="A child with a row in this year's UASC file (which lists every child UASC at any "
         "time, with the date that ceased), or in last year's when that return is loaded, is "
         "UASC or formerly UASC, as in 392a and 392b. The distance is derived, so it is "
         "present when both postcodes are given and found.",
)
