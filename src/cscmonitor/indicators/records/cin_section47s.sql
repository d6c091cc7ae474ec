-- One row per Section 47 enquiry (child and start date), from the newest return holding it.
SELECT s.LAchildID AS child_id, s.S47ActualStartDate AS start_date,
       s.DateOfInitialCPC AS icpc_date, s.ICPCnotRequired AS icpc_not_required
FROM cin_section47_history s
WHERE in_scope(s.la_code) AND s.S47ActualStartDate IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY s.LAchildID, s.S47ActualStartDate
                           ORDER BY s.collection_year DESC, s.snapshot_id DESC) = 1
