-- New placements in the period (episodes of ordinary care starting a placement: RNE S, P, B,
-- T or U), flagged when the placement is outside the authority and more than 20 miles from
-- the child's home, as DfE derives both from the episode's postcodes.
SELECT p.period_end, e.child_id,
       CASE WHEN g.location = 'OUT' AND g.distance > 20 THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, e.start_date) AS age_band, c.sex, c.ethnicity,
       uasc_on(e.child_id, e.start_date) AS uasc,
       e.legal_status, e.placement_type
FROM periods p
JOIN cla_care_episodes e
  ON e.new_placement AND e.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cla_placement_geography g
  ON g.child_id = e.child_id AND g.start_date = e.start_date
LEFT JOIN cla_children c ON c.child_id = e.child_id
