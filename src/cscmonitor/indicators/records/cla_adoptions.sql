-- One row per adoption from care: a period of care (short breaks set aside, as in
-- cla_care_episodes) whose last episode ceased with REC E11 or E12, with the milestones the
-- adoption timeliness indicators measure:
-- - care_start: the first day of that period of care; care_start_loaded: whether the loaded
--   returns hold the whole period (its first episode has RNE S, or began on or after 1 April
--   of the earliest loaded SSDA903 year). When false the real start is before the loaded
--   history and care_start is only the start of the earliest episode loaded;
-- - adoptive_placement_start: the start of the first adoptive placement (A3-A6) in the
--   period; carers_placement_start: the start of the placement immediately before it (the
--   adoptive one's own start when it was the first placement of the period);
-- - placement_order_date: the start of the first episode of the period with court authority
--   to place for adoption: legal status E1 (placement order) or D1 (freeing order);
-- - match_date, foster_carer: DATE_MATCH and FOSTER_CARE = 1 of the adoption's AD1 row, from
--   the return of the collection year the adoption falls in (its newest snapshot); NULL when
--   that return has no AD1 row for the child.
WITH loaded AS (
    SELECT make_date(CAST(min(collection_year) AS INTEGER) - 1, 4, 1) AS loaded_from
    FROM ssda903_episodes_history
    WHERE in_scope(la_code)
), adopted AS (
    SELECT child_id, spell, end_date AS adopted_date
    FROM cla_care_episodes
    WHERE ceased AND reason_ceased IN ('E11', 'E12')
), milestones AS (
    SELECT e.child_id, e.spell,
           min(e.start_date) AS care_start,
           arg_min(e.rne, e.start_date) AS first_rne,
           min(e.start_date) FILTER (WHERE e.legal_status IN ('D1', 'E1')) AS placement_order_date,
           arg_min(e.placement_start, e.start_date)
               FILTER (WHERE e.placement_type IN ('A3', 'A4', 'A5', 'A6'))
               AS adoptive_placement_start,
           arg_min(coalesce(e.previous_placement_start, e.placement_start), e.start_date)
               FILTER (WHERE e.placement_type IN ('A3', 'A4', 'A5', 'A6'))
               AS carers_placement_start
    FROM cla_care_episodes e
    JOIN adopted a USING (child_id, spell)
    GROUP BY ALL
), details AS (
    SELECT d.CHILD AS child_id, d.collection_year, d.DATE_MATCH AS match_date,
           d.FOSTER_CARE = '1' AS foster_carer
    FROM ssda903_ad1_history d
    WHERE in_scope(d.la_code)
    QUALIFY row_number() OVER (PARTITION BY d.CHILD, d.collection_year
                               ORDER BY d.snapshot_id DESC) = 1
)
SELECT a.child_id, a.adopted_date, m.care_start,
       m.first_rne = 'S' OR m.care_start >= l.loaded_from AS care_start_loaded,
       m.adoptive_placement_start, m.carers_placement_start, m.placement_order_date,
       d.match_date, d.foster_carer
FROM adopted a
JOIN milestones m USING (child_id, spell)
CROSS JOIN loaded l
LEFT JOIN details d
  ON d.child_id = a.child_id AND d.collection_year = collection_year_of(a.adopted_date)
