-- Initial child protection conferences held in the period after a section 47 enquiry, on or
-- after its start, flagged when held within 15 working days of the start (the start day is
-- day 0), with DfE's duration band. ICPCs dated before the S47 start are left out.
WITH held AS (
    SELECT p.period_end, s.child_id, s.icpc_date,
           working_days(s.start_date, s.icpc_date) AS days
    FROM periods p
    JOIN cin_section47s s ON s.icpc_date BETWEEN p.period_start AND p.period_end
    WHERE s.icpc_date >= s.start_date
)
SELECT h.period_end, h.child_id, CASE WHEN h.days <= 15 THEN 1 ELSE 0 END AS numerator,
       1 AS denominator, h.days,
       age_band(c.birth_date, h.icpc_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability,
       CASE WHEN h.days <= 10 THEN 'Duration_0-10_days' WHEN h.days <= 15 THEN 'Duration_11-15_days'
            WHEN h.days <= 20 THEN 'Duration_16-20_days' ELSE 'Duration_21+_days' END AS band
FROM held h
LEFT JOIN cin_children c ON c.child_id = h.child_id
