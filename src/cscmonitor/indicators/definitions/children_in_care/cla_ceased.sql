-- Children ceasing to be looked after in the period (short breaks excluded): one row per
-- child, from the last cessation in the period, with the child's details then.
SELECT p.period_end, e.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, e.end_date) AS age_band, c.sex, c.ethnicity,
       uasc_on(e.child_id, e.end_date) AS uasc,
       e.legal_status, e.placement_type
FROM periods p
JOIN cla_care_episodes e ON e.ceased AND e.end_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cla_children c ON c.child_id = e.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id ORDER BY e.end_date DESC) = 1
