-- Review conferences of each plan kept in cin_plans, from every loaded return: a census holds
-- only the reviews of its own year, so a plan running across years has its reviews spread
-- over several returns. A plan is the same plan in each return when the child and the plan's
-- start date are the same.
SELECT DISTINCT p.child_id, p.start_date AS plan_start, r.CPPreviewDate AS review_date
FROM cin_plans p
JOIN cin_cpp_history c
  ON c.LAchildID = p.child_id AND c.CPPstartDate = p.start_date AND in_scope(c.la_code)
JOIN cin_cpp_review_history r
  ON r.snapshot_id = c.snapshot_id AND r.LAchildID = c.LAchildID
 AND r.CINdetailsID = c.CINdetailsID AND r.CPPID = c.CPPID
WHERE r.CPPreviewDate IS NOT NULL
