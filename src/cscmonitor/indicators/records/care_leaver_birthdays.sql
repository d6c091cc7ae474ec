-- Each care leaver's OC3 row with the birthday (17th to 21st) that puts the young person in
-- that return: a collection year's OC3 holds those whose birthday falls in the year, so a
-- period counts a young person from the return of the year containing the birthday.
-- A birthday on 29 February falls on 28 February in other years.
SELECT *,
       CASE WHEN age <= 18 THEN '17 to 18 years' ELSE '19 to 21 years' END AS age_group
FROM (
    SELECT c.child_id, c.birth_date, c.in_touch, c.activity, c.accommodation,
           c.collection_year, a.age, CAST(c.birth_date + to_years(a.age) AS DATE) AS birthday
    FROM care_leavers c
    CROSS JOIN (VALUES (17), (18), (19), (20), (21)) a(age)
    WHERE c.birth_date IS NOT NULL
)
WHERE collection_year_of(birthday) = collection_year
