-- Plans starting in the period, flagged when they are a second or subsequent plan: by
-- NumberOfPreviousCPP where the return gives it (0 is not a repeat whatever the history
-- says), otherwise by an earlier plan start of the same child in any loaded return.
SELECT p.period_end, s.child_id,
       CASE WHEN s.previous_plans IS NOT NULL THEN CAST(s.previous_plans > 0 AS INTEGER)
            ELSE CAST(EXISTS (SELECT 1 FROM cin_plans e
                              WHERE e.child_id = s.child_id AND e.start_date < s.start_date)
                      AS INTEGER) END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, s.start_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = s.child_id
