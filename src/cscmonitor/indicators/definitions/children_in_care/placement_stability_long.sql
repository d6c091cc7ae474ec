-- Children under 16 at the period end who had been looked after continuously for 30
-- calendar months or more (short breaks excluded), flagged when their placement had lasted
-- at least 2 years, or they were placed for adoption (A3-A6) and the placement before the
-- adoptive one (in the same period of care) began at least 2 years before.
SELECT p.period_end, e.child_id,
       CASE WHEN e.placement_start <= years_before(p.period_end, 2)
                 OR (e.placement_type IN ('A3', 'A4', 'A5', 'A6')
                     AND coalesce(e.previous_placement_start, e.placement_start)
                         <= years_before(p.period_end, 2)) THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       u.child_id IS NOT NULL AND (u.ceased_date IS NULL OR u.ceased_date > p.period_end)
           AS uasc,
       e.legal_status, e.placement_type
FROM periods p
JOIN cla_care_episodes e
  ON e.start_date <= p.period_end AND (e.end_date IS NULL OR e.end_date > p.period_end)
 AND e.spell_start <= CAST(p.period_end - INTERVAL 30 MONTH AS DATE)
JOIN cla_children c ON c.child_id = e.child_id AND age_on(c.birth_date, p.period_end) < 16
LEFT JOIN cla_uasc u ON u.child_id = e.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id ORDER BY e.start_date DESC) = 1
