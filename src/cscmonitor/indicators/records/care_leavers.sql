-- Care leavers' information (OC3) as returned in each collection year: the year's return
-- holds the young people whose 17th to 21st birthday fell in that year.
SELECT o.CHILD AS child_id, o.DOB AS birth_date, o.IN_TOUCH AS in_touch,
       o.ACTIV AS activity, o.ACCOM AS accommodation, o.collection_year
FROM ssda903_oc3_history o
WHERE in_scope(o.la_code)
QUALIFY row_number() OVER (PARTITION BY o.CHILD, o.collection_year
                           ORDER BY o.snapshot_id DESC) = 1
