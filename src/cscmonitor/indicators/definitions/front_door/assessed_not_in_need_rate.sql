-- Referrals in the period, flagged when the referral went on to an assessment and was closed,
-- by the period end, as not in need: RC8 (no further action) or RC9 (referred to early help).
SELECT p.period_end, r.child_id,
       CASE WHEN coalesce(r.nfa, false) = false
             AND r.reason_for_closure IN ('RC8', 'RC9') AND r.closure_date <= p.period_end
             AND EXISTS (SELECT 1 FROM cin_assessments a
                         WHERE a.child_id = r.child_id AND a.referral_date = r.referral_date)
            THEN 1 ELSE 0 END AS numerator,
       1 AS denominator,
       age_band(c.birth_date, r.referral_date) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, r.referral_source
FROM periods p
JOIN cin_referrals r ON r.referral_date BETWEEN p.period_start AND p.period_end
LEFT JOIN cin_children c ON c.child_id = r.child_id
