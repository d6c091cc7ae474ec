-- Care leavers whose 17th to 21st birthday falls in the period, flagged when their
-- accommodation is recorded as suitable (a valid ACCOM code ending in 1). Those who died or
-- returned home are left out, and so are those gone abroad, deported or whose residence is
-- not known (G, H, R), whose suitability is not usually known. A blank, 0 or invalid code
-- stays in the denominator and is not suitable.
SELECT p.period_end, b.child_id,
       CASE WHEN b.accommodation IN ('B1', 'C1', 'D1', 'E1', 'K1', 'S1', 'T1', 'U1', 'V1',
                                     'W1', 'X1', 'Y1', 'Z1')
            THEN 1 ELSE 0 END AS numerator,
       1 AS denominator, b.age_group
FROM periods p
JOIN care_leaver_birthdays b ON b.birthday BETWEEN p.period_start AND p.period_end
WHERE (b.in_touch IS NULL OR b.in_touch NOT IN ('DIED', 'RHOM'))
  AND (b.accommodation IS NULL OR b.accommodation NOT IN ('G1', 'G2', 'H1', 'H2', 'R1', 'R2'))
