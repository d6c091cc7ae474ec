-- Children adopted (REC E11/E12) in the three years to the period end whose whole period of
-- care is in the loaded returns and who had an adoptive placement (A3-A6) in it: days from
-- entering care to moving in with the adoptive family (for adoptions by the child's foster
-- carers, to the start of the placement before the adoptive one: when they moved in with
-- those carers).
SELECT p.period_end, a.child_id,
       date_diff('day', a.care_start,
                 CASE WHEN a.foster_carer THEN a.carers_placement_start
                      ELSE a.adoptive_placement_start END) AS numerator,
       1 AS denominator,
       age_band(c.birth_date, a.adopted_date) AS age_band, c.sex, c.ethnicity
FROM periods p
JOIN cla_adoptions a
  ON a.adopted_date > years_before(p.period_end, 3) AND a.adopted_date <= p.period_end
LEFT JOIN cla_children c ON c.child_id = a.child_id
WHERE a.care_start_loaded AND a.adoptive_placement_start IS NOT NULL
