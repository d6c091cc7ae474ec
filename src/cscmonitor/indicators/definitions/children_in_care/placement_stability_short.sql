-- Children looked after at the period end (short breaks excluded), flagged when they had 3
-- or more placements during the period: the placement open at the period start (began
-- before it, ended on or after it or still open) plus each placement starting in the period
-- (RNE S, P, B, T or U; L never).
SELECT l.period_end, l.child_id,
       CASE WHEN placements_between(l.child_id, l.period_start, l.period_end) >= 3 THEN 1 ELSE 0 END
           AS numerator,
       1 AS denominator,
       age_band(c.birth_date, l.period_end) AS age_band, c.sex, c.ethnicity, l.uasc,
       l.legal_status, l.placement_type
FROM looked_after_at_period_ends() l
LEFT JOIN cla_children c ON c.child_id = l.child_id
