-- Care leavers of each loaded Annex A workbook (List 9), one row per young person and
-- workbook. The history views keep one workbook per collection year and carry no as-at date,
-- so the collection year is the workbook's date.
SELECT l.child_unique_id AS child_id, l.date_of_birth AS birth_date,
       l.allocated_personal_advisor AS personal_adviser,
       l.eligibility_category, l.la_in_touch AS in_touch, l.collection_year
FROM annex_a_list_9_history l
WHERE in_scope(l.la_code) AND l.child_unique_id IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY l.collection_year, l.child_unique_id
                           ORDER BY l.snapshot_id DESC, l._row) = 1
