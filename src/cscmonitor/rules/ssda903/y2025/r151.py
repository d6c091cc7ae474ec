from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="151",
    message="All data items relating to a childs adoption must be coded or left blank.",
    severity=Severity.ERROR,
    tables=("ssda903_ad1",),
    fields=("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
    sql="""
        WITH given AS (
            SELECT _row,
                   (DATE_INT IS NOT NULL OR invalid_read('ssda903_ad1', 'DATE_INT', _row))::INT
                 + (DATE_MATCH IS NOT NULL OR invalid_read('ssda903_ad1', 'DATE_MATCH', _row))::INT
                 + (FOSTER_CARE IS NOT NULL)::INT
                 + (NB_ADOPTR IS NOT NULL OR invalid_read('ssda903_ad1', 'NB_ADOPTR', _row))::INT
                 + (SEX_ADOPTR IS NOT NULL)::INT
                 + (LS_ADOPTR IS NOT NULL)::INT AS n
            FROM ssda903_ad1
        )
        SELECT _row FROM given WHERE n BETWEEN 1 AND 5
    """,
    note="A date or number that was given but could not be read counts as given (rules 112, 113 "
         "and 175 report it).",
)
