from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="165",
    message="Data entry for mother status is invalid.",
    severity=Severity.ERROR,
    tables=("ssda903_header", "ssda903_episodes", "ssda903_oc3"),
    fields=("MOTHER", "SEX", "DECOM", "IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        WITH in_year AS (
            SELECT DISTINCT CHILD FROM ssda903_episodes
            WHERE LS NOT IN ('V3', 'V4') AND DECOM <= collection_end()
              AND (DEC IS NULL OR DEC >= collection_start())
        ),
        leaver AS (
            SELECT DISTINCT CHILD FROM ssda903_oc3
            WHERE coalesce(IN_TOUCH, ACTIV, ACCOM) IS NOT NULL
        )
        SELECT h._row FROM ssda903_header h
        LEFT JOIN in_year e ON e.CHILD = h.CHILD
        LEFT JOIN leaver o ON o.CHILD = h.CHILD
        WHERE (h.MOTHER IS NOT NULL AND NOT valid_code('ssda903.yes_no', h.MOTHER))
           OR (h.MOTHER IS NOT NULL AND h.SEX = 'M')
           OR (h.MOTHER IS NULL AND h.SEX = 'F' AND e.CHILD IS NOT NULL)
           OR (h.MOTHER IS NOT NULL AND h.SEX = 'F' AND e.CHILD IS NULL AND o.CHILD IS NOT NULL)
    """,
    note="Follows DfE: MOTHER, if given, is 0 or 1 and only for a girl; a girl looked after in the "
         "year (outside short breaks, V3/V4) must have it; a care leaver with no episode in the "
         "year must not. Only the header record is flagged.",
)
