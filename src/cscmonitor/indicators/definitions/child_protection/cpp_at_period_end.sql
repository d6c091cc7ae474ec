-- Children on a child protection plan at the period end: the plan started on or before it
-- and had not ended by it (a plan ending on the period end day has ended). A child with two
-- open plans (a data error) counts once, with the later plan's category of abuse.
SELECT p.period_end, s.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, s.category_of_abuse
FROM periods p
JOIN cin_plans s ON s.start_date <= p.period_end
                AND (s.end_date IS NULL OR s.end_date > p.period_end)
LEFT JOIN cin_children c ON c.child_id = s.child_id
QUALIFY row_number() OVER (PARTITION BY p.period_end, s.child_id
                           ORDER BY s.start_date DESC) = 1
