-- Plans ending in the period, flagged when end date minus start date is 730 days or more,
-- each in DfE's duration band (d7's column names) and with the child's details at the end.
SELECT p.period_end, s.child_id,
       CAST(s.end_date - s.start_date >= 730 AS INTEGER) AS numerator, 1 AS denominator,
       plan_duration_band(s.start_date, s.end_date) AS band,
       age_band(c.birth_date, s.end_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.end_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = s.child_id
