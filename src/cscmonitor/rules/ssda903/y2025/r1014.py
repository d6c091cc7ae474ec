from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1014",
    message="UASC information is not required for care leavers",
    severity=Severity.ERROR,
    tables=("ssda903_uasc", "ssda903_oc3", "ssda903_episodes"),
    fields=("DUC", "IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        WITH leavers AS (
            SELECT o._row, o.CHILD FROM ssda903_oc3 o
            WHERE (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
              AND o.CHILD IN (SELECT CHILD FROM ssda903_uasc)
              AND o.CHILD NOT IN (
                SELECT CHILD FROM ssda903_episodes
                WHERE DECOM <= collection_end()
                  AND (DEC IS NULL OR DEC >= collection_start())))
        SELECT 'ssda903_uasc' AS table_name, u._row FROM ssda903_uasc u
        WHERE u.CHILD IN (SELECT CHILD FROM leavers)
        UNION ALL
        SELECT 'ssda903_oc3' AS table_name, _row FROM leavers
    """,
    note="A care leaver is a child with OC3 information who was not looked after at any time "
         "in the year; both the UASC and the OC3 records are flagged.",
)
