package io.stepline.marketing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code marketing-path-summaries}: journeys ({@link BuildJourneys}) become the path summaries the
 * attribution models read (written as JSON lines: {@code {"path": [...], "conversions", "value", "nulls"}}).
 * <ul>
 * <li>{@code paths}: one row per distinct channel sequence, with its journeys' conversions, conversion
 * value and non-converting journeys ("nulls"), as ChannelAttribution names them;</li>
 * <li>{@code aged_paths}: converting journeys by path and touch ages (whole days before the conversion),
 * for time decay with a half-life; no nulls (only conversions matter to it).</li>
 * </ul>
 * Conversions without touchpoints have no channel to credit and are left out of both.
 */
public final class PathSummaries implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Dataset<Row> journeys = new TransformInputs(context.transform(), inputs, parameters).input("journeys")
                .filter(col("touches").gt(0));
        Dataset<Row> paths = journeys.groupBy(col("channels").as("path")).agg(
                count_if(col("converted")).cast("double").as("conversions"),
                sum("value").cast("double").as("value"),
                count_if(not(col("converted"))).cast("double").as("nulls"));
        Dataset<Row> aged = journeys.filter(col("converted"))
                .groupBy(col("channels").as("path"), col("touch_ages_days")).agg(
                        count(lit(1)).cast("double").as("conversions"),
                        sum("value").cast("double").as("value"),
                        lit(0.0).as("nulls"));
        return Map.of("paths", paths, "aged_paths", aged);
    }
}
