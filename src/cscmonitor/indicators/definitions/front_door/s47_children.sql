-- Children with at least one section 47 enquiry started in the period, counted once.
SELECT p.period_end, s.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       any_value(c.sex) AS sex, any_value(c.ethnicity) AS ethnicity,
       any_value(c.disabled) AS disability
FROM periods p
JOIN cin_section47s s ON s.start_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = s.child_id
GROUP BY p.period_end, s.child_id
