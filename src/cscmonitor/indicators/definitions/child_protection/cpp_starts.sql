-- Child protection plans with a start date in the period, each with the child's details on
-- the day the plan started.
SELECT p.period_end, s.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, s.start_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = s.child_id
