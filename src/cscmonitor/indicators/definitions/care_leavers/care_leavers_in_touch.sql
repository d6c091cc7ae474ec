-- Care leavers whose 17th to 21st birthday falls in the period, flagged when the local
-- authority was in touch with them (IN_TOUCH YES). Those who died or returned home (DIED,
-- RHOM) are left out; a blank or invalid IN_TOUCH stays in the denominator.
SELECT p.period_end, b.child_id,
       CASE WHEN b.in_touch = 'YES' THEN 1 ELSE 0 END AS numerator,
       1 AS denominator, b.age_group
FROM periods p
JOIN care_leaver_birthdays b ON b.birthday BETWEEN p.period_start AND p.period_end
WHERE b.in_touch IS NULL OR b.in_touch NOT IN ('DIED', 'RHOM')
