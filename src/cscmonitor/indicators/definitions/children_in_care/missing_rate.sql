-- Children looked after at any time in the period (short breaks excluded), flagged when a
-- missing incident (MISSING = M) of theirs started in the period. Legal status and placement
-- type are those of the child's latest episode in the period.
WITH looked_after AS (
    SELECT p.period_start, p.period_end, e.child_id, e.legal_status, e.placement_type
    FROM periods p
    JOIN cla_care_episodes e
      ON e.start_date <= p.period_end AND (e.end_date IS NULL OR e.end_date >= p.period_start)
    QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id
                               ORDER BY e.start_date DESC) = 1
)
SELECT l.period_end, l.child_id,
       CASE WHEN EXISTS (
           SELECT 1 FROM cla_missing m
           WHERE m.child_id = l.child_id AND m.missing_type = 'M'
             AND m.start_date BETWEEN l.period_start AND l.period_end) THEN 1 ELSE 0 END
           AS numerator,
       1 AS denominator,
       age_band(c.birth_date, l.period_end) AS age_band, c.sex, c.ethnicity, c.uasc,
       l.legal_status, l.placement_type
FROM looked_after l
LEFT JOIN cla_children c ON c.child_id = l.child_id
