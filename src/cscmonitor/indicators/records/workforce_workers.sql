-- Every social worker record of every loaded workforce census, with that census's date.
SELECT c.census_date, c.collection_year, w.SWENo AS worker, w.AgencyWorker = '1' AS agency,
       w.FTE AS fte, w.FTE30 AS fte_at_census, w.Cases30 AS cases_at_census,
       w.RoleStartDate AS role_start, w.RoleEndDate AS role_end,
       w.WorkingDaysLost AS working_days_lost, w.OrgRole AS role
FROM workforce_worker_history w
JOIN workforce_censuses c ON c.snapshot_id = w.snapshot_id
