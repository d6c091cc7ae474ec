-- Review conferences of each plan kept in cin_plans (from the same newest return).
SELECT DISTINCT p.child_id, p.start_date AS plan_start, r.CPPreviewDate AS review_date
FROM cin_plans p
JOIN cin_cpp_review_history r
  ON r.snapshot_id = p.snapshot_id AND r.LAchildID = p.child_id
 AND r.CINdetailsID = p.CINdetailsID AND r.CPPID = p.CPPID
WHERE r.CPPreviewDate IS NOT NULL
