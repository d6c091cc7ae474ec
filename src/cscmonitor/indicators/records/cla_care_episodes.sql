-- The episodes of ordinary care (every episode but short breaks, V3/V4), each child's
-- episodes grouped into spells of care and placements, so that every CLA indicator reads one
-- meaning of "starting", "ceasing" and "placement":
-- - a spell starts at an episode whose start is not the end of the child's previous ordinary
--   episode, and carries on while ordinary episodes follow on (short breaks set aside, so a
--   child moving from short breaks to ordinary care starts to be looked after that day);
-- - ceased: the spell's last episode ended and care ceased: its REC is not X1 ("episode ceases
--   and a new one begins"), or it is X1 and a short-break episode begins that day. An X1
--   followed by no episode at all is a data error, not a cessation;
-- - a placement starts at an episode whose RNE is S, P, B, T or U; L (legal status only)
--   never starts one. placement_start is the day the episode's placement began and
--   previous_placement_start the day the placement before it in the same spell began.
WITH ordinary AS (
    SELECT child_id, start_date, end_date, rne, legal_status, placement_type, reason_ceased,
           home_postcode, placement_postcode
    FROM cla_episodes
    WHERE NOT short_break
), linked AS (
    SELECT *,
           lag(end_date) OVER w AS previous_end,
           lead(start_date) OVER w AS next_start
    FROM ordinary
    WINDOW w AS (PARTITION BY child_id ORDER BY start_date)
), spells AS (
    SELECT *,
           sum(CASE WHEN previous_end IS NOT DISTINCT FROM start_date THEN 0 ELSE 1 END)
               OVER (PARTITION BY child_id ORDER BY start_date) AS spell
    FROM linked
), placed AS (
    SELECT *,
           sum(CASE WHEN rne IN ('S', 'P', 'B', 'T', 'U') THEN 1 ELSE 0 END)
               OVER (PARTITION BY child_id, spell ORDER BY start_date) AS placement
    FROM spells
), placements AS (
    SELECT child_id, spell, placement, min(start_date) AS placement_start
    FROM placed GROUP BY ALL
), ordered_placements AS (
    SELECT *, lag(placement_start) OVER (PARTITION BY child_id, spell ORDER BY placement)
                  AS previous_placement_start
    FROM placements
)
SELECT e.child_id, e.start_date, e.end_date, e.rne, e.legal_status, e.placement_type,
       e.reason_ceased, e.home_postcode, e.placement_postcode, e.spell,
       min(e.start_date) OVER (PARTITION BY e.child_id, e.spell) AS spell_start,
       e.previous_end IS DISTINCT FROM e.start_date AS spell_first,
       e.end_date IS NULL OR e.next_start IS DISTINCT FROM e.end_date AS spell_last,
       e.rne IN ('S', 'P', 'B', 'T', 'U') AS new_placement,
       p.placement_start, p.previous_placement_start,
       e.end_date IS NOT NULL AND e.next_start IS DISTINCT FROM e.end_date AND (
           e.reason_ceased IS DISTINCT FROM 'X1' OR s.child_id IS NOT NULL) AS ceased
FROM placed e
JOIN ordered_placements p USING (child_id, spell, placement)
LEFT JOIN cla_episodes s
  ON s.short_break AND s.child_id = e.child_id AND s.start_date = e.end_date
