package io.stepline.connector.spark.builtin;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * {@code sessionize}: groups each user's events into sessions separated by inactivity. Parameters:
 * {@code user} (column, required), {@code time} (timestamp column, required), {@code gapMinutes}
 * (default 30). Adds {@code session_start} (the session's first event time) and {@code session_id}
 * ({@code USER#yyyy-MM-ddTHH:mm:ss} of the start: the same on every re-run over the same events).
 */
public final class Sessionize implements SparkTransform {
    private static final String TS = "__stepline_ts";
    private static final String NEW = "__stepline_new";
    private static final String NUMBER = "__stepline_session";

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("sessionize", parameters);
        Dataset<Row> data = params.single(inputs);
        String user = params.string("user");
        String time = params.string("time");
        long gapSeconds = Math.round(params.number("gapMinutes", 30) * 60);
        WindowSpec byUser = Window.partitionBy(col(user)).orderBy(col(TS));
        Column previous = lag(col(TS), 1).over(byUser);
        Column seconds = col(TS).cast("long");
        Column startsSession = when(previous.isNull().or(seconds.minus(previous.cast("long")).gt(gapSeconds)), lit(1))
                .otherwise(lit(0));
        Column sessionNumber = sum(col(NEW)).over(byUser.rowsBetween(Window.unboundedPreceding(), Window.currentRow()));
        Column start = min(col(TS)).over(Window.partitionBy(col(user), col(NUMBER)));
        return Params.result(data
                .withColumn(TS, to_timestamp(col(time)))
                .withColumn(NEW, startsSession)
                .withColumn(NUMBER, sessionNumber)
                .withColumn("session_start", start)
                .withColumn("session_id", concat_ws("#", col(user).cast("string"),
                        date_format(col("session_start"), "yyyy-MM-dd'T'HH:mm:ss")))
                .drop(TS, NEW, NUMBER));
    }
}
