package io.stepline.connector.spark.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code filter}: the rows for which {@code condition} holds. The condition is a Spark SQL
 * expression over the input's columns ({@code "amount > 0 AND country = 'FR'"}), written by the
 * pipeline's author like the rest of the pipeline: it reads only this dataset. Do not build it
 * from untrusted execution input; pass such values to a SQL transform as {@code :parameters}.
 */
public final class Filter implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("filter", parameters);
        return Params.result(params.single(inputs).where(params.string("condition")));
    }
}
