package io.stepline.connector.spark.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import io.stepline.connector.spark.TransformParameterException;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code union}: every input's rows, matched by column name (not position), in input order.
 * Parameter: {@code allowMissingColumns} (default false; true fills absent columns with null).
 */
public final class Union implements SparkTransform {

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("union", parameters);
        if (inputs.isEmpty()) {
            throw new TransformParameterException("transform 'union' needs at least one input");
        }
        boolean allowMissing = params.bool("allowMissingColumns", false);
        Iterator<Dataset<Row>> each = inputs.values().iterator();
        Dataset<Row> all = each.next();
        while (each.hasNext()) {
            all = all.unionByName(each.next(), allowMissing);
        }
        return Params.result(all);
    }
}
