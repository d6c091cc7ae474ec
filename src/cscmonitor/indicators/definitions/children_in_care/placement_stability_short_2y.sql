-- Children looked after at the period end who had then been looked after continuously for
-- at least 2 years (short breaks excluded), flagged when they had 3 or more placements in
-- the 2 years to the period end: the placement open at the start of those 2 years plus each
-- placement starting in them (RNE S, P, B, T or U; L never).
WITH looked_after AS (
    SELECT years_before(p.period_end, 2) + 1 AS window_start, p.period_end, e.child_id,
           e.legal_status, e.placement_type
    FROM periods p
    JOIN cla_care_episodes e
      ON e.start_date <= p.period_end AND (e.end_date IS NULL OR e.end_date > p.period_end)
     AND e.spell_start <= years_before(p.period_end, 2)
    QUALIFY row_number() OVER (PARTITION BY p.period_end, e.child_id
                               ORDER BY e.start_date DESC) = 1
), counted AS (
    SELECT l.*, placements_between(l.child_id, l.window_start, l.period_end) AS placements
    FROM looked_after l
)
SELECT k.period_end, k.child_id, CASE WHEN k.placements >= 3 THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, k.period_end) AS age_band, c.sex, c.ethnicity,
       u.child_id IS NOT NULL AND (u.ceased_date IS NULL OR u.ceased_date > k.period_end)
           AS uasc,
       k.legal_status, k.placement_type
FROM counted k
LEFT JOIN cla_children c ON c.child_id = k.child_id
LEFT JOIN cla_uasc u ON u.child_id = k.child_id
