-- Care leavers whose 17th to 21st birthday falls in the period (from the return of the year
-- holding that birthday), flagged when their main activity is education, employment or
-- training. Those who died or returned home (IN_TOUCH DIED, RHOM) are left out; a blank, 0 or
-- invalid activity stays in the denominator and is not EET.
SELECT p.period_end, b.child_id,
       CASE WHEN b.activity IN ('F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5')
            THEN 1 ELSE 0 END AS numerator,
       1 AS denominator, b.age_group
FROM periods p
JOIN care_leaver_birthdays b ON b.birthday BETWEEN p.period_start AND p.period_end
WHERE b.in_touch IS NULL OR b.in_touch NOT IN ('DIED', 'RHOM')
