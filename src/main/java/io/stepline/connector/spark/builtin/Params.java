package io.stepline.connector.spark.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.spark.TransformParameterException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Reads a built-in's parameters and inputs; every problem names the parameter and the transform. */
record Params(String transform, JsonNode json) {

    String string(String name) {
        JsonNode value = json.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem(name, "must be a non-empty string");
        }
        return value.asText();
    }

    String string(String name, String otherwise) {
        return json.has(name) ? string(name) : otherwise;
    }

    boolean bool(String name, boolean otherwise) {
        JsonNode value = json.path(name);
        if (value.isMissingNode()) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            throw problem(name, "must be true or false");
        }
        return value.asBoolean();
    }

    double number(String name, double otherwise) {
        JsonNode value = json.path(name);
        if (value.isMissingNode()) {
            return otherwise;
        }
        if (!value.isNumber() || value.asDouble() <= 0) {
            throw problem(name, "must be a positive number");
        }
        return value.asDouble();
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> strings(String name, boolean required) {
        JsonNode value = json.path(name);
        List<String> items = new ArrayList<>();
        if (value.isTextual()) {
            items.add(value.asText());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw problem(name, "must be a list of strings");
                }
                items.add(item.asText());
            }
        } else if (!value.isMissingNode()) {
            throw problem(name, "must be a string or a list of strings");
        }
        if (required && items.isEmpty()) {
            throw problem(name, "is required (a list of column names)");
        }
        return items;
    }

    /** An object of strings, in the order written. */
    Map<String, String> mapping(String name, boolean required) {
        JsonNode value = json.path(name);
        Map<String, String> items = new LinkedHashMap<>();
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                if (!entry.getValue().isTextual()) {
                    throw problem(name + "." + entry.getKey(), "must be a string");
                }
                items.put(entry.getKey(), entry.getValue().asText());
            }
        } else if (!value.isMissingNode()) {
            throw problem(name, "must be an object");
        }
        if (required && items.isEmpty()) {
            throw problem(name, "is required");
        }
        return items;
    }

    /** The one input of a single-input transform. */
    Dataset<Row> single(Map<String, Dataset<Row>> inputs) {
        if (inputs.size() != 1) {
            throw new TransformParameterException("transform '" + transform + "' takes exactly one input (got "
                    + inputs.keySet() + ")");
        }
        return inputs.values().iterator().next();
    }

    /** The input called {@code name}; the message lists the inputs there are. */
    Dataset<Row> input(Map<String, Dataset<Row>> inputs, String name) {
        Dataset<Row> data = inputs.get(name);
        if (data == null) {
            throw new TransformParameterException("transform '" + transform + "' has no input '" + name
                    + "' (inputs: " + inputs.keySet() + ")");
        }
        return data;
    }

    TransformParameterException problem(String name, String what) {
        return new TransformParameterException("parameters." + name + " " + what);
    }

    /** The single result built-ins return. */
    static Map<String, Dataset<Row>> result(Dataset<Row> data) {
        return Map.of("result", data);
    }
}
