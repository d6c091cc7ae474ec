-- Referrals in the period, flagged when the same child had an earlier referral on or after
-- the same date one year before (and strictly before this one), in any loaded return.
SELECT p.period_end, r.child_id,
       CASE WHEN EXISTS (
           SELECT 1 FROM cin_referrals e
           WHERE e.child_id = r.child_id AND e.referral_date < r.referral_date
             AND e.referral_date >= years_before(r.referral_date, 1)) THEN 1 ELSE 0 END
           AS numerator,
       1 AS denominator,
       age_band(c.birth_date, r.referral_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, r.referral_source
FROM periods p
JOIN cin_referrals r ON r.referral_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = r.child_id
