-- The latest census on or before each period end: working days lost to sickness in the 12
-- months to 30 September by local authority social workers, over the FTE in post on
-- 30 September times the working days of that year (253, or 254 when it holds 29 February).
WITH census AS (SELECT * FROM census_for_period_ends())
SELECT s.period_end, CAST(NULL AS VARCHAR) AS child_id,
       coalesce(w.working_days_lost, 0) AS numerator,
       coalesce(w.fte_at_census, 0)
           * CASE WHEN day(last_day(make_date(year(s.census_date), 2, 1))) = 29
                  THEN 254 ELSE 253 END AS denominator
FROM census s
JOIN workforce_workers w USING (census_date)
WHERE NOT w.agency
