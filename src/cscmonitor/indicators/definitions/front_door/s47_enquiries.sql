-- Section 47 enquiries started in the period, each with the child's details on that day.
SELECT p.period_end, s.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, s.start_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability
FROM periods p
JOIN cin_section47s s ON s.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = s.child_id
