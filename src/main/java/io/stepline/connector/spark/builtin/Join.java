package io.stepline.connector.spark.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.SparkTransform;
import io.stepline.connector.spark.SparkTransformContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code join}: two inputs joined on columns of the same name. Parameters: {@code on} (columns,
 * required); {@code type} ({@code inner} by default, {@code left}, {@code right}, {@code full},
 * {@code left_semi}, {@code left_anti}); {@code left} and {@code right} (input names; by default
 * the first and second input).
 */
public final class Join implements SparkTransform {
    private static final Set<String> TYPES = Set.of("inner", "left", "right", "full", "left_semi", "left_anti");

    @Override
    public Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters,
            SparkTransformContext context) {
        Params params = new Params("join", parameters);
        List<String> names = new ArrayList<>(inputs.keySet());
        if (names.size() < 2 && !(parameters.has("left") && parameters.has("right"))) {
            throw params.problem("left", "and right need two inputs (got " + names + ")");
        }
        Dataset<Row> left = params.input(inputs, params.string("left", names.get(0)));
        Dataset<Row> right = params.input(inputs, params.string("right", names.size() > 1 ? names.get(1) : ""));
        String type = params.string("type", "inner");
        if (!TYPES.contains(type)) {
            throw params.problem("type", "must be one of " + TYPES.stream().sorted().toList());
        }
        return Params.result(left.join(right, params.strings("on", true).toArray(String[]::new), type));
    }
}
