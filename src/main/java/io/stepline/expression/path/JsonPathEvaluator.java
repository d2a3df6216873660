package io.stepline.expression.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.stepline.expression.EvaluationException;
import io.stepline.json.Json;

/**
 * Evaluates one compiled JSONPath over a document: the fast walk when it applies, else Jayway
 * (the library whose messages AWS's errors quote, e.g. "Missing property in path $['no']").
 */
final class JsonPathEvaluator {
    private static final Configuration JAYWAY = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
            .build();

    private final String original;
    private final JsonPath jsonPath;
    private final SimplePath simple;

    JsonPathEvaluator(String original, JsonPath jsonPath, SimplePath simple) {
        this.original = original;
        this.jsonPath = jsonPath;
        this.simple = simple;
    }

    JsonNode read(JsonNode document) throws EvaluationException {
        try {
            return select(document);
        } catch (JsonPathException e) {
            throw EvaluationException.runtime("Invalid path '" + original + "' : " + e.getMessage());
        }
    }

    JsonNode find(JsonNode document) {
        try {
            return select(document);
        } catch (JsonPathException e) {
            return null;
        }
    }

    /** The selection; a wildcard, slice or filter over missing data selects an empty list (AWS). */
    private JsonNode select(JsonNode document) {
        if (simple != null) {
            JsonNode found = simple.walk(document);
            if (found != null) {
                return found;
            }
        }
        try {
            return toNode(jsonPath.read(document, JAYWAY));
        } catch (JsonPathException e) {
            if (!jsonPath.isDefinite()) {
                return Json.NODES.arrayNode();
            }
            throw e;
        }
    }

    boolean isDefinite() {
        return jsonPath.isDefinite();
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        // Functions such as length() return plain Java values.
        return Json.MAPPER.valueToTree(value);
    }
}
