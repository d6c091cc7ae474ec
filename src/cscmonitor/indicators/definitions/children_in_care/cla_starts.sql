-- Children starting to be looked after in the period (short breaks excluded): one row per
-- child, from the first spell of care starting in the period, with the child's details then.
SELECT p.period_end, e.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, e.start_date) AS age_band, c.sex, c.ethnicity,
       uasc_on(e.child_id, e.start_date) AS uasc,
       e.legal_status, e.placement_type
FROM periods p
JOIN cla_care_episodes e
  ON e.spell_first AND e.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cla_children c ON c.child_id = e.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id ORDER BY e.start_date) = 1
