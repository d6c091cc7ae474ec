-- Children looked after at the period end (short breaks excluded): an ordinary episode
-- started on or before the day and not ended by it (an episode ending on the day has ceased).
SELECT l.period_end, l.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, l.period_end) AS age_band, c.sex, c.ethnicity, l.uasc,
       l.legal_status, l.placement_type
FROM looked_after_at_period_ends() l
LEFT JOIN cla_children c ON c.child_id = l.child_id
