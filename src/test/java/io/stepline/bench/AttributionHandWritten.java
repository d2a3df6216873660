package io.stepline.bench;

import io.stepline.connector.attribution.Attribution;
import io.stepline.connector.attribution.Credits;
import io.stepline.connector.attribution.PathRow;
import io.stepline.connector.attribution.PathSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The peer of {@code scripts/bench attribution}: the same credits as the pipeline, written the way a
 * data engineer would write one Spark job by hand: one SQL plan from the raw CSV files to the path
 * summaries (same cleaning, same journey rules), collected to the driver and scored by the same model
 * code (the models are not what is compared), nothing written in between.
 */
final class AttributionHandWritten {
    private AttributionHandWritten() {
    }

    static Map<String, Credits> run(SparkSession spark, Path touchpoints, Path conversions, String from, String start,
            String end, int lookbackDays, Map<String, Map<String, String>> models, Map<String, Double> phases)
            throws Exception {
        long started = System.nanoTime();
        SparkSession session = spark.newSession();
        session.read().option("header", "true").option("inferSchema", "false").csv(touchpoints.toString())
                .createOrReplaceTempView("raw_touchpoints");
        session.read().option("header", "true").option("inferSchema", "false").csv(conversions.toString())
                .createOrReplaceTempView("raw_conversions");
        Dataset<Row> journeys = session.sql("""
                WITH t AS (
                  SELECT DISTINCT user_id, ts, channel, campaign, cost FROM (
                    SELECT nullif(trim(user_id), '') AS user_id, try_to_timestamp(trim(ts)) AS ts,
                           nullif(lower(trim(channel)), '') AS channel,
                           coalesce(nullif(trim(campaign), ''), 'none') AS campaign,
                           coalesce(try_cast(trim(cost) AS DOUBLE), 0.0) AS cost,
                           coalesce(trim(cost), '') AS cost_text
                    FROM raw_touchpoints)
                  WHERE user_id IS NOT NULL AND ts IS NOT NULL AND channel IS NOT NULL
                    AND (cost_text = '' OR try_cast(cost_text AS DOUBLE) >= 0)
                    AND ts >= CAST('%1$s' AS TIMESTAMP) AND ts < CAST('%3$s' AS TIMESTAMP)),
                c AS (
                  SELECT DISTINCT user_id, ts, value FROM (
                    SELECT nullif(trim(user_id), '') AS user_id, try_to_timestamp(trim(ts)) AS ts,
                           try_cast(trim(value) AS DOUBLE) AS value FROM raw_conversions)
                  WHERE user_id IS NOT NULL AND ts IS NOT NULL AND value >= 0
                    AND ts >= CAST('%1$s' AS TIMESTAMP) AND ts < CAST('%3$s' AS TIMESTAMP)),
                events AS (
                  SELECT user_id, ts, channel, CAST(NULL AS DOUBLE) AS value, 0 AS kind FROM t
                  UNION ALL SELECT user_id, ts, CAST(NULL AS STRING), value, 1 FROM c),
                numbered AS (
                  SELECT *, row_number() OVER (PARTITION BY user_id ORDER BY ts, kind, channel) AS seq FROM events),
                assigned AS (
                  SELECT *, first(CASE WHEN kind = 1 THEN seq END, true) OVER (PARTITION BY user_id
                           ORDER BY ts, kind, channel ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS journey
                  FROM numbered),
                ended AS (
                  SELECT *, max(ts) OVER (PARTITION BY user_id, journey) AS journey_end FROM assigned),
                touched AS (
                  SELECT user_id, journey, max(journey_end) AS journey_end,
                         sort_array(collect_list(struct(ts, channel,
                           CAST(floor((unix_timestamp(journey_end) - unix_timestamp(ts)) / 86400) AS INT) AS age))) AS touches
                  FROM ended
                  WHERE kind = 0 AND unix_timestamp(journey_end) - unix_timestamp(ts) <= %4$d * 86400
                  GROUP BY user_id, journey)
                SELECT transform(t.touches, x -> x.channel) AS channels, transform(t.touches, x -> x.age) AS ages,
                       e.journey IS NOT NULL AS converted, coalesce(e.value, 0.0) AS value
                FROM touched t LEFT JOIN (SELECT user_id, journey, value FROM ended WHERE kind = 1) e
                  ON e.user_id = t.user_id AND e.journey = t.journey
                WHERE t.journey_end >= CAST('%2$s' AS TIMESTAMP) AND t.journey_end < CAST('%3$s' AS TIMESTAMP)
                  AND (t.journey IS NOT NULL OR e.journey IS NULL)
                """.formatted(from, start, end, lookbackDays));
        journeys.createOrReplaceTempView("journeys");
        List<PathRow> paths = new ArrayList<>();
        for (Row row : session.sql("SELECT channels, count_if(converted), sum(value), count_if(NOT converted) "
                + "FROM journeys GROUP BY channels").collectAsList()) {
            paths.add(new PathRow(row.getList(0), row.getLong(1), row.getDouble(2), row.getLong(3)));
        }
        phases.put("journeys and paths", seconds(started));
        started = System.nanoTime();
        List<PathRow> aged = new ArrayList<>();
        for (Row row : session.sql("SELECT channels, ages, count(*), sum(value) FROM journeys WHERE converted "
                + "GROUP BY channels, ages").collectAsList()) {
            List<Integer> ages = row.getList(1);
            aged.add(new PathRow(row.getList(0), row.getLong(2), row.getDouble(3), 0,
                    ages.stream().mapToDouble(Integer::doubleValue).toArray(), null));
        }
        phases.put("aged paths", seconds(started));
        started = System.nanoTime();
        Map<String, Credits> credits = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> model : models.entrySet()) {
            PathSummary summary = new PathSummary(model.getKey().equals("time_decay") ? aged : paths, true);
            credits.put(model.getKey(), Attribution.run(model.getKey(), model.getValue(), summary));
            phases.put(model.getKey(), seconds(started));
            started = System.nanoTime();
        }
        return credits;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
