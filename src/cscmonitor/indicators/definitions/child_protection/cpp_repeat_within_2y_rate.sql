-- Plans starting in the period, flagged when an earlier plan of the same child (any loaded
-- return) ended on or after the same date two years before this start and on or before it.
SELECT p.period_end, s.child_id,
       CAST(EXISTS (SELECT 1 FROM cin_plans e
                    WHERE e.child_id = s.child_id AND e.start_date < s.start_date
                      AND e.end_date BETWEEN years_before(s.start_date, 2) AND s.start_date)
            AS INTEGER) AS numerator,
       1 AS denominator,
       age_band(c.birth_date, s.start_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = s.child_id
