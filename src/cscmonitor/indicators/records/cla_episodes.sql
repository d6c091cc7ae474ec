-- One row per episode of care (child and start date), from the newest return holding it,
-- with the period of care it belongs to: a period starts at an episode whose start is not
-- the end of the child's previous episode, and carries on while episodes follow on.
-- short_break: legal status V3 or V4 (an agreed series of short breaks).
WITH episodes AS (
    SELECT e.CHILD AS child_id, e.DECOM AS start_date, e.DEC AS end_date, e.RNE AS rne,
           e.LS AS legal_status, e.PLACE AS placement_type, e.PLACE_PROVIDER AS provider,
           e.REC AS reason_ceased, e.REASON_PLACE_CHANGE AS reason_place_change,
           e.HOME_POST AS home_postcode, e.PL_POST AS placement_postcode,
           e.collection_year, e.LS IN ('V3', 'V4') AS short_break
    FROM ssda903_episodes_history e
    WHERE in_scope(e.la_code) AND e.DECOM IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY e.CHILD, e.DECOM
                               ORDER BY e.collection_year DESC, e.snapshot_id DESC) = 1
), linked AS (
    SELECT *, lag(end_date) OVER (PARTITION BY child_id ORDER BY start_date) AS previous_end
    FROM episodes
)
SELECT * EXCLUDE (previous_end),
       sum(CASE WHEN previous_end IS NOT DISTINCT FROM start_date THEN 0 ELSE 1 END)
           OVER (PARTITION BY child_id ORDER BY start_date) AS period_of_care
FROM linked
