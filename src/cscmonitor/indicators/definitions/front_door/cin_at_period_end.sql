-- CIN episodes open at the period end: referred on or before it, not closed by it, and not
-- ended as no further action. Details of the child on that day.
SELECT p.period_end, r.child_id, 1 AS numerator, NULL::DOUBLE AS denominator,
       age_band(c.birth_date, p.period_end) AS age_band, c.sex, c.ethnicity,
       c.disabled AS disability, r.referral_source
FROM periods p
JOIN cin_referrals r
  ON r.referral_date <= p.period_end
 AND (r.closure_date IS NULL OR r.closure_date > p.period_end)
LEFT JOIN cin_children c ON c.child_id = r.child_id
WHERE NOT coalesce(r.nfa, false)
