-- Children on a plan at the period end (as cpp_at_period_end), flagged when the period end
-- minus the plan's start date is 730 days or more, each in DfE's duration band (d5's column
-- names).
SELECT p.period_end, s.child_id,
       CAST(p.period_end - s.start_date >= 730 AS INTEGER) AS numerator, 1 AS denominator,
       plan_duration_band(s.start_date, p.period_end) AS band,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.start_date <= p.period_end
                AND (s.end_date IS NULL OR s.end_date > p.period_end)
LEFT JOIN cin_children c ON c.child_id = s.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, s.child_id
                           ORDER BY s.start_date DESC) = 1
