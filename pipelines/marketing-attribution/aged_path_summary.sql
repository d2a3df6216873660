-- Converting paths with each touch's age in whole days before its conversion, for time decay with a
-- half-life: one row per distinct (path, ages). Only conversions matter to it, so no nulls.
SELECT channels                                      AS path,
       touch_ages_days,
       CAST(count(*) AS DOUBLE)                      AS conversions,
       CAST(sum(value) AS DOUBLE)                    AS value,
       CAST(0 AS DOUBLE)                             AS nulls
FROM journeys
WHERE converted AND touches > 0
GROUP BY channels, touch_ages_days
