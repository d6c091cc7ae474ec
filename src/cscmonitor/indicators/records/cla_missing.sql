-- One row per missing or away-from-placement incident (child and start date), from the
-- newest return holding it. missing_type: M (missing) or A (away without authorisation).
SELECT m.CHILD AS child_id, m.MIS_START AS start_date, m.MIS_END AS end_date,
       m.MISSING AS missing_type
FROM ssda903_missing_history m
WHERE in_scope(m.la_code) AND m.MIS_START IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY m.CHILD, m.MIS_START
                           ORDER BY m.collection_year DESC, m.snapshot_id DESC) = 1
