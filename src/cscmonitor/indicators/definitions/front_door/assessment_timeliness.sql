-- Assessments authorised in the period on or after their start, flagged when authorised
-- within 45 working days of the start (the start day is day 0), with DfE's duration band.
-- Assessments authorised before their start are left out (a data-quality finding).
WITH completed AS (
    SELECT p.period_end, a.child_id, a.authorised_date,
           working_days(a.start_date, a.authorised_date) AS days
    FROM periods p
    JOIN cin_assessments a ON a.authorised_date BETWEEN p.period_start AND p.period_end
    WHERE a.authorised_date >= a.start_date
)
SELECT d.period_end, d.child_id, CASE WHEN d.days <= 45 THEN 1 ELSE 0 END AS numerator,
       1 AS denominator, d.days,
       age_band(c.birth_date, d.authorised_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability,
       CASE WHEN d.days = 0 THEN 'Same_day' WHEN d.days <= 10 THEN '1-10_days'
            WHEN d.days <= 20 THEN '11-20_days' WHEN d.days <= 30 THEN '21-30_days'
            WHEN d.days <= 40 THEN '31-40_days' WHEN d.days <= 45 THEN '41-45_days'
            WHEN d.days <= 50 THEN '46-50_days' WHEN d.days <= 60 THEN '51-60_days'
            ELSE '61+_days' END AS band
FROM completed d
LEFT JOIN cin_children c ON c.child_id = d.child_id
