-- Care leavers in the newest Annex A workbook (List 9) filed under the period end's
-- collection year or an earlier one, flagged when a personal adviser is named. A young person
-- recorded as having died (LA in touch: DIED) is left out; a blank adviser, or one written as
-- none or unallocated, is no adviser.
WITH chosen AS (
    SELECT p.period_end, max(a.collection_year) AS collection_year
    FROM periods p
    JOIN annex_a_care_leavers a ON a.collection_year <= collection_year_of(p.period_end)
    GROUP BY p.period_end
)
SELECT c.period_end, a.child_id,
       CASE WHEN nullif(trim(a.personal_adviser), '') IS NULL
              OR lower(trim(a.personal_adviser)) IN ('none', 'n/a', 'na', 'unallocated',
                                                     'not allocated', 'no')
            THEN 0 ELSE 1 END AS numerator,
       1 AS denominator
FROM chosen c
JOIN annex_a_care_leavers a USING (collection_year)
WHERE a.in_touch IS NULL OR a.in_touch <> 'DIED'
