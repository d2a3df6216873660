package io.stepline.marketing;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.sql.Timestamp;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code marketing-clean}: raw touchpoints ({@code user_id,ts,channel,campaign,cost}) and conversions
 * ({@code user_id,ts,value}), any column types (CSV read as text is best: nothing is lost before
 * this step looks at it), become typed rows inside {@code [from, to)} with exact duplicates removed.
 * Rows that cannot be read (no user, a timestamp that does not parse, no channel, a cost or value that
 * is not a number >= 0) are not fatal: they go to the {@code rejected} output with their source, the
 * raw row and the reason, so that a run counts them and a person can look at them.
 * Outputs: {@code touchpoints}, {@code conversions}, {@code rejected}.
 */
public final class CleanTouchpoints implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        TransformInputs in = new TransformInputs(context.transform(), inputs, parameters);
        Timestamp from = in.instant("from");
        Timestamp to = in.instant("to");
        Dataset<Row> touchpoints = touchpoints(in.input("touchpoints"));
        Dataset<Row> conversions = conversions(in.input("conversions"));
        return Map.of(
                "touchpoints", valid(touchpoints, from, to).select("user_id", "ts", "channel", "campaign", "cost"),
                "conversions", valid(conversions, from, to).select("user_id", "ts", "value"),
                "rejected", rejected(touchpoints, "touchpoints").unionByName(rejected(conversions, "conversions")));
    }

    private static Dataset<Row> touchpoints(Dataset<Row> raw) {
        Column cost = text("cost");
        Column parsedCost = cost.try_cast("double");
        return raw.select(
                nullif(text("user_id"), lit("")).as("user_id"),
                try_to_timestamp(text("ts")).as("ts"),
                nullif(lower(text("channel")), lit("")).as("channel"),
                coalesce(nullif(text("campaign"), lit("")), lit("none")).as("campaign"),
                coalesce(parsedCost, lit(0.0)).as("cost"),
                concat_ws(",", text("user_id"), text("ts"), text("channel"), text("campaign"), cost).as("raw"),
                when(nullif(text("user_id"), lit("")).isNull(), lit("missing user_id"))
                        .when(try_to_timestamp(text("ts")).isNull(), lit("ts is not a timestamp"))
                        .when(nullif(text("channel"), lit("")).isNull(), lit("missing channel"))
                        .when(cost.notEqual(lit("")).and(parsedCost.isNull().or(parsedCost.lt(0))),
                                lit("cost is not a number >= 0"))
                        .as("reason"));
    }

    private static Dataset<Row> conversions(Dataset<Row> raw) {
        Column value = text("value").try_cast("double");
        return raw.select(
                nullif(text("user_id"), lit("")).as("user_id"),
                try_to_timestamp(text("ts")).as("ts"),
                value.as("value"),
                concat_ws(",", text("user_id"), text("ts"), text("value")).as("raw"),
                when(nullif(text("user_id"), lit("")).isNull(), lit("missing user_id"))
                        .when(try_to_timestamp(text("ts")).isNull(), lit("ts is not a timestamp"))
                        .when(value.isNull().or(value.lt(0)), lit("value is not a number >= 0"))
                        .as("reason"));
    }

    /** Readable rows in the window, each once (raw exports repeat rows; a real repeat is a duplicate too). */
    private static Dataset<Row> valid(Dataset<Row> parsed, Timestamp from, Timestamp to) {
        return parsed.filter(col("reason").isNull().and(col("ts").geq(lit(from))).and(col("ts").lt(lit(to))))
                .drop("raw", "reason").dropDuplicates();
    }

    private static Dataset<Row> rejected(Dataset<Row> parsed, String source) {
        return parsed.filter(col("reason").isNotNull()).select(lit(source).as("source"), col("raw"), col("reason"));
    }

    private static Column text(String column) {
        return coalesce(trim(col(column).cast("string")), lit(""));
    }
}
