package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A Spark transform written in Java: datasets and parameters in, datasets out. Stepline reads
 * the inputs and writes the outputs; the transform only builds the plan (no actions needed).
 * Declare it in config/stepline.yaml ({@code transforms: NAME: {class: com.example.MyTransform}})
 * and run it as {@code stepline:spark:NAME}. Implementations need a public no-argument constructor
 * and must be safe to call from several tasks at once.
 */
public interface SparkTransform {

    /**
     * @param inputs     the task's {@code inputs}, read, by name, in the order the task gave them
     * @param parameters the task's {@code parameters} (an object, maybe empty)
     * @return the outputs by name; a single result fills a single declared output whatever its name
     * @throws TransformParameterException when a parameter is missing or wrong (Spark.InvalidParameters)
     */
    Map<String, Dataset<Row>> apply(Map<String, Dataset<Row>> inputs, JsonNode parameters, SparkTransformContext context);
}
