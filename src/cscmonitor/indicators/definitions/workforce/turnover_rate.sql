-- The latest census on or before each period end: the FTE of local authority social workers
-- who left in the 12 months to 30 September (not those who started in the same 12 months)
-- over the FTE in post on 30 September.
WITH census AS (SELECT * FROM census_for_period_ends()), workers AS (
    SELECT s.period_end, w.*, years_before(w.census_date, 1) + 1 AS year_start
    FROM census s
    JOIN workforce_workers w USING (census_date)
    WHERE NOT w.agency
)
SELECT period_end, CAST(NULL AS VARCHAR) AS child_id, 0 AS numerator,
       fte_at_census AS denominator
FROM workers
WHERE fte_at_census IS NOT NULL
UNION ALL
SELECT period_end, CAST(NULL AS VARCHAR), coalesce(fte, 0), 0
FROM workers
WHERE role_end BETWEEN year_start AND census_date
  AND (role_start IS NULL OR role_start < year_start)
