-- Children under 16 at the period end who had been looked after continuously for 30
-- calendar months or more (short breaks excluded), flagged when their placement had lasted
-- at least 2 years, or they were placed for adoption (A3-A6) and the placement before the
-- adoptive one (in the same period of care) began at least 2 years before.
SELECT l.period_end, l.child_id,
       CASE WHEN l.placement_start <= years_before(l.period_end, 2)
                 OR (l.placement_type IN ('A3', 'A4', 'A5', 'A6')
                     AND coalesce(l.previous_placement_start, l.placement_start)
                         <= years_before(l.period_end, 2)) THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, l.period_end) AS age_band, c.sex, c.ethnicity, l.uasc,
       l.legal_status, l.placement_type
FROM looked_after_at_period_ends() l
JOIN cla_children c ON c.child_id = l.child_id AND age_on(c.birth_date, l.period_end) < 16
WHERE l.spell_start <= CAST(l.period_end - INTERVAL 30 MONTH AS DATE)
