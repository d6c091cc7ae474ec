-- One row per referral (CIN episode): the same child and referral date in several returns
-- counts once, from the newest return.
SELECT e.LAchildID AS child_id, e.CINreferralDate AS referral_date,
       e.ReferralSource AS referral_source, e.PrimaryNeedCode AS primary_need,
       e.ReferralNFA AS nfa, e.CINclosureDate AS closure_date,
       e.ReasonForClosure AS reason_for_closure, e.collection_year
FROM cin_episode_history e
WHERE in_scope(e.la_code) AND e.CINreferralDate IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY e.LAchildID, e.CINreferralDate
                           ORDER BY e.collection_year DESC, e.snapshot_id DESC) = 1
