-- Children looked after at the period end who had then been looked after continuously for
-- at least 2 years (short breaks excluded), flagged when they had 3 or more placements in
-- the 2 years to the period end: the placement open at the start of those 2 years plus each
-- placement starting in them (RNE S, P, B, T or U; L never).
SELECT l.period_end, l.child_id,
       CASE WHEN placements_between(l.child_id, years_before(l.period_end, 2) + 1,
                                    l.period_end) >= 3 THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, l.period_end) AS age_band, c.sex, c.ethnicity, l.uasc,
       l.legal_status, l.placement_type
FROM looked_after_at_period_ends() l
LEFT JOIN cla_children c ON c.child_id = l.child_id
WHERE l.spell_start <= years_before(l.period_end, 2)
