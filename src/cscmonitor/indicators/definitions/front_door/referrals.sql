-- Referrals with a referral date in the period, each with the child's details on that day.
SELECT p.period_end, r.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, r.referral_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, r.referral_source
FROM periods p
JOIN cin_referrals r ON r.referral_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = r.child_id
