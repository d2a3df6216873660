-- What each channel cost in the data interval [start, end): the spend that ROI divides by.
SELECT channel,
       CAST(sum(cost) AS DOUBLE)                     AS cost,
       count(*)                                      AS touchpoints
FROM touchpoints
WHERE ts >= CAST(:start AS TIMESTAMP) AND ts < CAST(:end AS TIMESTAMP)
GROUP BY channel
