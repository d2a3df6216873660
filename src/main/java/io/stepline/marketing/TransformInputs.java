package io.stepline.marketing;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.TransformParameterException;
import java.sql.Timestamp;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Reads this package's transform inputs and parameters; every problem names the transform and what is wrong. */
record TransformInputs(String transform, Map<String, Dataset<Row>> inputs, JsonNode parameters) {

    Dataset<Row> input(String name) {
        Dataset<Row> data = inputs.get(name);
        if (data == null) {
            throw new TransformParameterException("transform '" + transform + "' needs an input named '" + name
                    + "' (it was given " + inputs.keySet() + ")");
        }
        return data;
    }

    Timestamp instant(String name) {
        JsonNode value = parameters.path(name);
        if (!value.isTextual()) {
            throw new TransformParameterException("transform '" + transform + "': parameter '" + name
                    + "' is required (an ISO date or date-time, e.g. 2026-11-01T00:00:00+01:00)");
        }
        try {
            return Timestamp.from(Instants.parse(value.asText(), "parameter '" + name + "'"));
        } catch (IllegalArgumentException e) {
            throw new TransformParameterException("transform '" + transform + "': " + e.getMessage());
        }
    }

    int positiveInt(String name, int otherwise) {
        JsonNode value = parameters.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            throw new TransformParameterException("transform '" + transform + "': parameter '" + name
                    + "' must be a whole number of at least 1, not " + value);
        }
        return value.asInt();
    }

}
