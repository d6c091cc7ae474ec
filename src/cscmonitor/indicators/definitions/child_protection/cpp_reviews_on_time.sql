-- Children on a plan at the period end whose first review was due by then (plan start plus
-- 3 months on or before the period end), flagged when no review was late: each step from the
-- plan start to the first review (3 months), from a review to the next (6 months) and from
-- the last review (or the start, if none yet) to the period end is within its limit.
WITH open_plans AS (
    SELECT p.period_end, s.child_id, s.start_date, s.category_of_abuse
    FROM periods p
    JOIN cin_plans s ON CAST(s.start_date + INTERVAL 3 MONTH AS DATE) <= p.period_end
                    AND (s.end_date IS NULL OR s.end_date > p.period_end)
    QUALIFY row_number() OVER (PARTITION BY p.period_end, s.child_id
                               ORDER BY s.start_date DESC) = 1
), steps AS (
    SELECT period_end, child_id, start_date AS day, 3 AS months FROM open_plans
    UNION ALL
    SELECT o.period_end, o.child_id, r.review_date, 6
    FROM open_plans o
    JOIN cin_plan_reviews r ON r.child_id = o.child_id AND r.plan_start = o.start_date
                           AND r.review_date BETWEEN o.start_date AND o.period_end
), late AS (
    SELECT period_end, child_id,
           coalesce(lead(day) OVER (PARTITION BY period_end, child_id ORDER BY day, months),
                    period_end) > CAST(day + to_months(months) AS DATE) AS overdue
    FROM steps
)
SELECT o.period_end, o.child_id,
       CASE WHEN (SELECT bool_or(l.overdue) FROM late l
                  WHERE l.period_end = o.period_end AND l.child_id = o.child_id)
            THEN 0 ELSE 1 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, o.period_end) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, o.category_of_abuse
FROM open_plans o
LEFT JOIN cin_children c ON c.child_id = o.child_id
