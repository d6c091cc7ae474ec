-- Social workers in post at the census (30 September) used for each period: the latest census
-- on or before the period end. Agency workers' FTE over all workers' FTE in post.
WITH census AS (SELECT * FROM census_for_period_ends())
SELECT s.period_end, CAST(NULL AS VARCHAR) AS child_id,
       CASE WHEN w.agency THEN w.fte_at_census ELSE 0 END AS numerator,
       w.fte_at_census AS denominator
FROM census s
JOIN workforce_workers w USING (census_date)
WHERE w.fte_at_census IS NOT NULL AND w.agency IS NOT NULL
