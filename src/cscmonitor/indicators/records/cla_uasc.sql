-- One row per child who was an unaccompanied asylum-seeking child, from the newest return
-- holding the child: ceased_date (DUC) is the day that status ended, NULL while it continues.
SELECT u.CHILD AS child_id, u.DUC AS ceased_date
FROM ssda903_uasc_history u
WHERE in_scope(u.la_code)
QUALIFY row_number() OVER (PARTITION BY u.CHILD
                           ORDER BY u.collection_year DESC, u.snapshot_id DESC) = 1
