-- One row per workforce census: its date (30 September) and the vacancy and agency figures.
SELECT w.collection_year, make_date(w.collection_year - 1, 9, 30) AS census_date,
       v.NumberOfVacancies AS vacancy_fte, v.NoAgencyFTE AS agency_fte,
       v.NoAgencyHeadcount AS agency_headcount, w.snapshot_id
FROM (SELECT DISTINCT collection_year, snapshot_id, la_code
      FROM workforce_header_history) w
LEFT JOIN workforce_vacancy_history v ON v.snapshot_id = w.snapshot_id
WHERE in_scope(w.la_code)
