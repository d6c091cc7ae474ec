-- The latest census on or before each period end: FTE vacancies at 30 September over
-- vacancies plus the FTE of local authority social workers in post that day.
WITH census AS (SELECT * FROM census_for_period_ends())
SELECT s.period_end, CAST(NULL AS VARCHAR) AS child_id, 0 AS numerator,
       w.fte_at_census AS denominator
FROM census s
JOIN workforce_workers w USING (census_date)
WHERE w.fte_at_census IS NOT NULL AND NOT w.agency
UNION ALL
SELECT s.period_end, CAST(NULL AS VARCHAR), c.vacancy_fte, c.vacancy_fte
FROM census s
JOIN workforce_censuses c USING (census_date)
WHERE c.vacancy_fte IS NOT NULL
