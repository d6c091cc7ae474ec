-- Children looked after at the period end (short breaks excluded), flagged when they were
-- then an unaccompanied asylum-seeking child: in the UASC table, with no date that status
-- ceased (DUC) or a later one.
SELECT l.period_end, l.child_id, CASE WHEN l.uasc THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, l.period_end) AS age_band, c.sex, c.ethnicity,
       l.legal_status, l.placement_type
FROM looked_after_at_period_ends() l
LEFT JOIN cla_children c ON c.child_id = l.child_id
