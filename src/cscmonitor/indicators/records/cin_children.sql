-- One row per child of the CIN census, from the newest return holding the child.
-- birth_date: the recorded date of birth, else the expected one (an unborn child).
SELECT c.LAchildID AS child_id,
       coalesce(c.PersonBirthDate, c.ExpectedPersonBirthDate) AS birth_date,
       c.Sex AS sex, c.Ethnicity AS ethnicity,
       EXISTS (SELECT 1 FROM cin_disability_history d
               WHERE d.snapshot_id = c.snapshot_id AND d.LAchildID = c.LAchildID
                 AND d.Disability IS NOT NULL AND d.Disability <> 'NONE') AS disabled
FROM cin_child_history c
WHERE in_scope(c.la_code)
QUALIFY row_number() OVER (PARTITION BY c.LAchildID
                           ORDER BY c.collection_year DESC, c.snapshot_id DESC) = 1
