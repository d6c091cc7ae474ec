from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="525",
    message="A child for whom the decision to be placed for adoption has been reversed cannot "
            "be adopted during the year.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1", "ssda903_placed_for_adoption"),
    fields=("DATE_INT", "DATE_MATCH", "DATE_PLACED_CEASED", "FOSTER_CARE", "LS_ADOPTR",
            "NB_ADOPTR", "SEX_ADOPTR"),
    sql="""
        WITH latest AS (
            SELECT _row, CHILD, DATE_PLACED_CEASED,
                   row_number() OVER (PARTITION BY CHILD
                                      ORDER BY DATE_PLACED DESC NULLS LAST) AS n
            FROM ssda903_placed_for_adoption
        ),
        reversed AS (
            SELECT a._row AS ad1_row, p._row AS placed_row
            FROM ssda903_ad1 a JOIN latest p ON p.CHILD = a.CHILD AND p.n = 1
            WHERE p.DATE_PLACED_CEASED IS NOT NULL
        )
        SELECT 'ssda903_ad1' AS table_name, ad1_row AS _row FROM reversed
        UNION ALL
        SELECT 'ssda903_placed_for_adoption', placed_row FROM reversed
    """,
    note="Only the child's latest decision counts: a child whose earlier decision was "
         "reversed and who was then placed again under a new decision may be adopted.",
)
