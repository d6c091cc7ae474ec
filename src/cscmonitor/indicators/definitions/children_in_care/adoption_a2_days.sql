-- Children adopted (REC E11/E12) in the three years to the period end whose whole period of
-- care is in the loaded returns, placed for adoption (A3-A6) in it, with a placement or
-- freeing order (legal status E1 or D1) in it and a match date in the adoption's AD1 row:
-- days from the order to the match (0 when the match came first).
SELECT p.period_end, a.child_id,
       greatest(date_diff('day', a.placement_order_date, a.match_date), 0) AS numerator,
       1 AS denominator,
       age_band(c.birth_date, a.adopted_date) AS age_band, c.sex, c.ethnicity
FROM periods p
JOIN cla_adoptions a
  ON a.adopted_date > years_before(p.period_end, 3) AND a.adopted_date <= p.period_end
LEFT JOIN cla_children c ON c.child_id = a.child_id
WHERE a.care_start_loaded AND a.adoptive_placement_start IS NOT NULL
  AND a.placement_order_date IS NOT NULL AND a.match_date IS NOT NULL
