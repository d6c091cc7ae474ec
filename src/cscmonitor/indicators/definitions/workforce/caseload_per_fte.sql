-- The latest census on or before each period end: cases held on 30 September by social
-- workers (agency workers included) holding one or more cases with an FTE above zero, over
-- those workers' FTE.
WITH census AS (SELECT * FROM census_for_period_ends())
SELECT s.period_end, CAST(NULL AS VARCHAR) AS child_id, w.cases_at_census AS numerator,
       w.fte_at_census AS denominator
FROM census s
JOIN workforce_workers w USING (census_date)
WHERE w.cases_at_census >= 1 AND w.fte_at_census > 0
