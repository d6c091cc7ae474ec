-- One row per child of the SSDA903, from the newest return holding the child.
-- uasc: the child is in any loaded return's UASC table.
SELECT h.CHILD AS child_id, h.DOB AS birth_date, h.SEX AS sex, h.ETHNIC AS ethnicity,
       EXISTS (SELECT 1 FROM ssda903_uasc_history u
               WHERE u.CHILD = h.CHILD AND in_scope(u.la_code)) AS uasc
FROM ssda903_header_history h
WHERE in_scope(h.la_code)
QUALIFY row_number() OVER (PARTITION BY h.CHILD
                           ORDER BY h.collection_year DESC, h.snapshot_id DESC) = 1
