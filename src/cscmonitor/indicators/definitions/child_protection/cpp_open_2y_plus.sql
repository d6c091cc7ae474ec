-- Children on a plan at the period end (as cpp_at_period_end), flagged when the period end
-- minus the plan's start date is 730 days or more, each in DfE's duration band (d5's column
-- names).
SELECT p.period_end, s.child_id,
       CAST(p.period_end - s.start_date >= 730 AS INTEGER) AS numerator, 1 AS denominator,
       CASE WHEN p.period_end <= CAST(s.start_date + INTERVAL 3 MONTH AS DATE)
                THEN '3_months_or_less'
            WHEN p.period_end <= CAST(s.start_date + INTERVAL 6 MONTH AS DATE)
                THEN 'more_than_3_months_6_months'
            WHEN p.period_end < CAST(s.start_date + INTERVAL 1 YEAR AS DATE)
                THEN 'more_than_6_months_less_than_1_year'
            WHEN p.period_end - s.start_date < 730 THEN '1_year_less_than_2_years'
            ELSE '2_years_or_more' END AS band,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.start_date <= p.period_end
                AND (s.end_date IS NULL OR s.end_date > p.period_end)
LEFT JOIN cin_children c ON c.child_id = s.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, s.child_id
                           ORDER BY s.start_date DESC) = 1
