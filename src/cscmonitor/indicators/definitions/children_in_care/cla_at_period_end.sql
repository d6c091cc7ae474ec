-- Children looked after at the period end (short breaks excluded): an ordinary episode
-- started on or before the day and not ended by it (an episode ending on the day has ceased).
SELECT p.period_end, e.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       u.child_id IS NOT NULL AND (u.ceased_date IS NULL OR u.ceased_date > p.period_end)
           AS uasc,
       e.legal_status, e.placement_type
FROM periods p
JOIN cla_care_episodes e
  ON e.start_date <= p.period_end AND (e.end_date IS NULL OR e.end_date > p.period_end)
LEFT JOIN cla_children c ON c.child_id = e.child_id
LEFT JOIN cla_uasc u ON u.child_id = e.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id ORDER BY e.start_date DESC) = 1
