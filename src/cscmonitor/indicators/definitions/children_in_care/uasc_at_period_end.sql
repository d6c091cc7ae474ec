-- Children looked after at the period end (short breaks excluded), flagged when they were
-- then an unaccompanied asylum-seeking child: in the UASC table, with no date that status
-- ceased (DUC) or a later one.
SELECT p.period_end, e.child_id,
       CASE WHEN u.child_id IS NOT NULL
                 AND (u.ceased_date IS NULL OR u.ceased_date > p.period_end) THEN 1 ELSE 0 END
           AS numerator,
       1 AS denominator,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       e.legal_status, e.placement_type
FROM periods p
JOIN cla_care_episodes e
  ON e.start_date <= p.period_end AND (e.end_date IS NULL OR e.end_date > p.period_end)
LEFT JOIN cla_children c ON c.child_id = e.child_id
LEFT JOIN cla_uasc u ON u.child_id = e.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id ORDER BY e.start_date DESC) = 1
