package io.stepline.marketing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.sql.Timestamp;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code marketing-channel-costs}: what each channel cost in the data interval {@code [start, end)}
 * (parameters), from clean touchpoints: the spend that ROI divides attributed value by.
 * Columns: {@code channel}, {@code cost}, {@code touchpoints}.
 */
public final class ChannelCosts implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        TransformInputs in = new TransformInputs(context.transform(), inputs, parameters);
        Timestamp start = in.instant("start");
        Timestamp end = in.instant("end");
        return Map.of("costs", in.input("touchpoints")
                .filter(col("ts").geq(lit(start)).and(col("ts").lt(lit(end))))
                .groupBy("channel")
                .agg(sum("cost").cast("double").as("cost"), count(lit(1)).as("touchpoints")));
    }
}
