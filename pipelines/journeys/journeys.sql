-- One row per session: its user, touches, length and revenue. Inputs are temp views named by their
-- keys (sessions); parameters are named markers (:minTouches) that Spark binds as values.
SELECT session_id,
       first(user_id)                                                   AS user_id,
       min(ts)                                                          AS started_at,
       count(*)                                                         AS touches,
       (unix_timestamp(max(ts)) - unix_timestamp(min(ts))) / 60.0       AS minutes,
       sum(amount)                                                      AS revenue
FROM sessions
GROUP BY session_id
HAVING count(*) >= :minTouches
