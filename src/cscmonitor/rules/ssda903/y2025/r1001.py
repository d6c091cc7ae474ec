from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1001",
    message="The episodes recorded for this young person suggest they are not a relevant or a "
            "former relevant child and therefore should not have care leaver information "
            "completed. [NOTE: This tool can only test the current and previous year data loaded "
            "into the tool - this check may generate false positives if a child had episodes "
            "prior to last year's collection.]",
    severity=Severity.ERROR,
    tables=("ssda903_oc3", "ssda903_episodes", "ssda903_episodes_last", "ssda903_header"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
    sql="""
        WITH both_years AS (
            SELECT CHILD, DECOM, DEC, LS, REC FROM ssda903_episodes
            UNION ALL
            SELECT CHILD, DECOM, DEC, LS, REC FROM ssda903_episodes_last),
        episodes AS (  -- an episode open at last year's end reappears this year: keep it once
            SELECT CHILD, DECOM, coalesce(max(DEC), collection_end()) AS DEC,
                   any_value(LS) AS LS, max_by(REC, DEC) AS REC
            FROM both_years GROUP BY CHILD, DECOM),
        young AS (
            SELECT CHILD, CAST(DOB + INTERVAL 14 YEAR AS DATE) AS at14,
                   CAST(DOB + INTERVAL 16 YEAR AS DATE) AS at16
            FROM ssda903_header WHERE age_on(DOB, collection_end()) < 20),
        care AS (
            SELECT y.CHILD,
                   sum(greatest(0, date_diff('day', greatest(e.DECOM, y.at14), e.DEC))) AS from14,
                   sum(greatest(0, date_diff('day', greatest(e.DECOM, y.at16), e.DEC))) AS from16
            FROM young y JOIN episodes e ON e.CHILD = y.CHILD
            WHERE NOT coalesce(e.LS IN ('V3', 'V4'), false)
            GROUP BY y.CHILD),
        adopted AS (
            SELECT CHILD FROM episodes GROUP BY CHILD
            HAVING arg_max_null(REC, DECOM) IN ('E11', 'E12'))
        SELECT o._row FROM ssda903_oc3 o
        JOIN young y ON y.CHILD = o.CHILD
        LEFT JOIN care c ON c.CHILD = o.CHILD
        WHERE (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL)
          AND (c.CHILD IS NULL OR c.from14 < 91 OR c.from16 < 1
               OR o.CHILD IN (SELECT CHILD FROM adopted))
    """,
    note="Relevant or former relevant: at least 13 weeks (91 days) looked after since the 14th "
         "birthday, some of it after the 16th, outside short breaks (V3/V4), and not adopted. "
         "Only young people under 20 at 31 March are tested, as older care leavers' episodes "
         "are rarely in the two years loaded; an open episode counts to 31 March.",
)
