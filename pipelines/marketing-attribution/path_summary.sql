-- The path summary every path-order model reads: one row per distinct channel sequence, with the
-- journeys' conversions, conversion value and non-converting journeys ("nulls"), as ChannelAttribution
-- names them. Conversions without touchpoints have no path and no channel to credit: left out here,
-- counted in the run's metadata.
SELECT channels                                      AS path,
       CAST(count_if(converted) AS DOUBLE)           AS conversions,
       CAST(sum(value) AS DOUBLE)                    AS value,
       CAST(count_if(NOT converted) AS DOUBLE)       AS nulls
FROM journeys
WHERE touches > 0
GROUP BY channels
