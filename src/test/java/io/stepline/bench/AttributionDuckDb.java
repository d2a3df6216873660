package io.stepline.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DuckDB peer of {@code scripts/bench attribution}: first touch, last touch and linear credits in
 * DuckDB SQL alone, from the same CSV files with the same cleaning and journey rules, in an in-memory
 * database (all cores). Returns conversions credited per "model|channel".
 */
final class AttributionDuckDb {
    private AttributionDuckDb() {
    }

    static Map<String, Double> run(Path touchpoints, Path conversions, String from, String start, String end,
            int lookbackDays) throws Exception {
        Map<String, Double> credits = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = connection.createStatement()) {
            sql.execute("SET TimeZone = 'UTC'");
            sql.execute("""
                    CREATE TABLE t AS SELECT DISTINCT user_id, ts, channel, campaign, cost FROM (
                      SELECT nullif(trim(user_id), '') AS user_id, TRY_CAST(trim(ts) AS TIMESTAMPTZ) AS ts,
                             nullif(lower(trim(channel)), '') AS channel, coalesce(nullif(trim(campaign), ''), 'none') AS campaign,
                             coalesce(TRY_CAST(trim(cost) AS DOUBLE), 0.0) AS cost, coalesce(trim(cost), '') AS cost_text
                      FROM read_csv('%s', header = true, all_varchar = true))
                    WHERE user_id IS NOT NULL AND ts IS NOT NULL AND channel IS NOT NULL
                      AND (cost_text = '' OR TRY_CAST(cost_text AS DOUBLE) >= 0)
                      AND ts >= TIMESTAMPTZ '%s' AND ts < TIMESTAMPTZ '%s'""".formatted(touchpoints, from, end));
            sql.execute("""
                    CREATE TABLE c AS SELECT DISTINCT user_id, ts, value FROM (
                      SELECT nullif(trim(user_id), '') AS user_id, TRY_CAST(trim(ts) AS TIMESTAMPTZ) AS ts,
                             TRY_CAST(trim(value) AS DOUBLE) AS value
                      FROM read_csv('%s', header = true, all_varchar = true))
                    WHERE user_id IS NOT NULL AND ts IS NOT NULL AND value >= 0
                      AND ts >= TIMESTAMPTZ '%s' AND ts < TIMESTAMPTZ '%s'""".formatted(conversions, from, end));
            sql.execute("""
                    CREATE TABLE journeys AS
                    WITH events AS (
                      SELECT user_id, ts, channel, NULL::DOUBLE AS value, 0 AS kind FROM t
                      UNION ALL SELECT user_id, ts, NULL, value, 1 FROM c),
                    numbered AS (SELECT *, row_number() OVER (PARTITION BY user_id ORDER BY ts, kind, channel) AS seq FROM events),
                    assigned AS (
                      SELECT *, first(CASE WHEN kind = 1 THEN seq END IGNORE NULLS) OVER (PARTITION BY user_id
                               ORDER BY ts, kind, channel ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS journey
                      FROM numbered),
                    ended AS (SELECT *, max(ts) OVER (PARTITION BY user_id, journey) AS journey_end FROM assigned)
                    SELECT user_id, journey, max(journey_end) AS journey_end,
                           list(channel ORDER BY ts, channel) AS channels
                    FROM ended
                    WHERE kind = 0 AND epoch(journey_end) - epoch(ts) <= %d * 86400
                    GROUP BY user_id, journey
                    HAVING journey IS NOT NULL
                       AND max(journey_end) >= TIMESTAMPTZ '%s' AND max(journey_end) < TIMESTAMPTZ '%s'"""
                    .formatted(lookbackDays, start, end));
            read(sql, "SELECT 'first_touch', channels[1], count(*) FROM journeys GROUP BY 2", credits);
            read(sql, "SELECT 'last_touch', channels[-1], count(*) FROM journeys GROUP BY 2", credits);
            read(sql, "SELECT 'linear', channel, sum(1.0 / n) FROM (SELECT unnest(channels) AS channel, len(channels) AS n "
                    + "FROM journeys) GROUP BY 2", credits);
        }
        return credits;
    }

    private static void read(Statement sql, String query, Map<String, Double> credits) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                credits.put(rows.getString(1) + "|" + rows.getString(2), rows.getDouble(3));
            }
        }
    }
}
