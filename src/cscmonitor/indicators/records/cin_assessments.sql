-- One row per assessment (child and start date), from the newest return holding it.
SELECT a.LAchildID AS child_id, a.AssessmentActualStartDate AS start_date,
       a.AssessmentAuthorisationDate AS authorised_date, e.CINreferralDate AS referral_date
FROM cin_assessment_history a
LEFT JOIN cin_episode_history e
  ON e.snapshot_id = a.snapshot_id AND e.LAchildID = a.LAchildID
 AND e.CINdetailsID = a.CINdetailsID
WHERE in_scope(a.la_code) AND a.AssessmentActualStartDate IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY a.LAchildID, a.AssessmentActualStartDate
                           ORDER BY a.collection_year DESC, a.snapshot_id DESC) = 1
