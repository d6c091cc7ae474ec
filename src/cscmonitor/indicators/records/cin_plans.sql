-- One row per child protection plan (child and start date), from the newest return.
-- previous_plans: NumberOfPreviousCPP as returned (NULL where the return leaves it out).
SELECT p.LAchildID AS child_id, p.CPPstartDate AS start_date, p.CPPendDate AS end_date,
       p.InitialCategoryOfAbuse AS category_of_abuse,
       p.LatestCategoryOfAbuse AS latest_category_of_abuse,
       p.NumberOfPreviousCPP AS previous_plans, p.snapshot_id, p.CINdetailsID, p.CPPID
FROM cin_cpp_history p
WHERE in_scope(p.la_code) AND p.CPPstartDate IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY p.LAchildID, p.CPPstartDate
                           ORDER BY p.collection_year DESC, p.snapshot_id DESC) = 1
