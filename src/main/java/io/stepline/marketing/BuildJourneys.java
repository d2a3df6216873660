package io.stepline.marketing;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.sql.Timestamp;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * {@code marketing-journeys}: clean touchpoints and conversions become journeys, one row per journey
 * that ends inside the data interval {@code [start, end)}:
 * <ul>
 * <li>a <b>converting journey</b> per conversion: the user's touchpoints after their previous
 * conversion and at most {@code lookbackDays} (default 30) before this one. A touchpoint at the very
 * instant of a conversion counts towards it (the click came first); of two conversions at the same
 * instant the first gets the touchpoints and the second none. A conversion without touchpoints has an
 * empty path (direct, unattributable) and is kept so that totals add up;</li>
 * <li>a <b>non-converting journey</b> per user whose touchpoints after their last conversion end inside
 * the interval: those touchpoints, at most {@code lookbackDays} before the last of them. Dating it by its
 * last touch counts each such journey in one interval only.</li>
 * </ul>
 * Touchpoints older than the lookback belong to no journey. Within a journey touchpoints are ordered by
 * time, then by channel name (a stable order for ties). Inputs must therefore reach back
 * {@code lookbackDays} before {@code start}. Columns: {@code user_id}, {@code journey_end},
 * {@code converted}, {@code value} (0 for non-converting), {@code channels} (array), {@code touch_ages_days}
 * (whole days from each touch to the journey's end) and {@code touches}.
 */
public final class BuildJourneys implements SparkTransform {
    private static final int TOUCH = 0;
    private static final int CONVERSION = 1;

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        TransformInputs in = new TransformInputs(context.transform(), inputs, parameters);
        long lookbackSeconds = in.positiveInt("lookbackDays", 30) * 86_400L;
        Timestamp start = in.instant("start");
        Timestamp end = in.instant("end");
        return Map.of("journeys", journeys(in.input("touchpoints"), in.input("conversions"), lookbackSeconds, start, end));
    }

    static Dataset<Row> journeys(Dataset<Row> touchpoints, Dataset<Row> conversions, long lookbackSeconds,
            Timestamp start, Timestamp end) {
        Dataset<Row> events = touchpoints.select(col("user_id").cast("string"), col("ts").cast("timestamp"),
                        col("channel").cast("string"), lit(null).cast("double").as("value"), lit(TOUCH).as("kind"))
                .unionByName(conversions.select(col("user_id").cast("string"), col("ts").cast("timestamp"),
                        lit(null).cast("string").as("channel"), col("value").cast("double"), lit(CONVERSION).as("kind")))
                .filter(col("ts").lt(lit(end)));
        WindowSpec inOrder = Window.partitionBy("user_id").orderBy("ts", "kind", "channel");
        WindowSpec following = inOrder.rowsBetween(Window.currentRow(), Window.unboundedFollowing());
        Column isConversion = col("kind").equalTo(CONVERSION);
        Dataset<Row> numbered = events
                .withColumn("seq", row_number().over(inOrder))
                // The journey a row belongs to: the next conversion at or after it (its own, for a conversion);
                // null for touchpoints after the user's last conversion.
                .withColumn("journey", first(when(isConversion, col("seq")), true).over(following))
                .withColumn("journey_end", max("ts").over(Window.partitionBy("user_id", "journey")));
        Column age = col("journey_end").cast("long").minus(col("ts").cast("long"));
        Dataset<Row> touches = numbered
                .filter(col("kind").equalTo(TOUCH).and(age.leq(lookbackSeconds)))
                .groupBy("user_id", "journey")
                .agg(sort_array(collect_list(struct(col("ts"), col("channel"), floor(age.divide(86_400)).cast("int")
                        .as("age")))).as("touched"), max("journey_end").as("last_touch"));
        Column inInterval = col("journey_end").geq(lit(start)).and(col("journey_end").lt(lit(end)));
        Dataset<Row> converting = numbered.filter(isConversion.and(inInterval))
                .select(col("user_id"), col("journey"), col("journey_end"), lit(true).as("converted"), col("value"))
                .join(touches.drop("last_touch"), new String[] {"user_id", "journey"}, "left");
        Dataset<Row> nonConverting = touches.filter(col("journey").isNull())
                .withColumnRenamed("last_touch", "journey_end").filter(inInterval)
                .select(col("user_id"), col("journey"), col("journey_end"), lit(false).as("converted"),
                        lit(0.0).as("value"), col("touched"));
        return converting.unionByName(nonConverting).select(
                col("user_id"), col("journey_end"), col("converted"), col("value"),
                coalesce(transform(col("touched"), touch -> touch.getField("channel")),
                        lit(new String[0])).as("channels"),
                coalesce(transform(col("touched"), touch -> touch.getField("age")),
                        lit(new int[0])).as("touch_ages_days"),
                coalesce(size(col("touched")), lit(0)).as("touches"));
    }
}
