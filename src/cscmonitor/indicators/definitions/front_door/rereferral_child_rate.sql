-- Children referred in the period, flagged when any of their referrals in the period came
-- within 12 months of an earlier referral (the same test as rereferral_rate).
WITH referred AS (
    SELECT p.period_end, r.child_id,
           EXISTS (
               SELECT 1 FROM cin_referrals e
               WHERE e.child_id = r.child_id AND e.referral_date < r.referral_date
                 AND e.referral_date >= years_before(r.referral_date, 1)) AS rereferral
    FROM periods p
    JOIN cin_referrals r ON r.referral_date BETWEEN p.period_start AND p.period_end
)
SELECT f.period_end, f.child_id, max(CAST(f.rereferral AS INTEGER)) AS numerator,
       1 AS denominator, any_value(c.sex) AS sex, any_value(c.ethnicity) AS ethnicity,
       any_value(c.disabled) AS disability
FROM referred f
LEFT JOIN cin_children c ON c.child_id = f.child_id
GROUP BY f.period_end, f.child_id
