package io.stepline.connector.collect;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.stepline.json.Json;

/** Picks values out of a page's body: a JSONPath, or a JSONata expression for reshaping. */
public sealed interface RecordSelector {
    Configuration JSON_PATH = Configuration.builder().jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
            .mappingProvider(new JacksonMappingProvider(Json.MAPPER)).options(Option.SUPPRESS_EXCEPTIONS).build();

    /** The selected value, or a missing node when nothing is there. */
    JsonNode select(JsonNode document);

    String text();

    static RecordSelector jsonPath(String path) {
        return new ByJsonPath(path, JsonPath.compile(path));
    }

    static RecordSelector jsonata(String expression) {
        return new ByJsonata(expression, Jsonata.jsonata(expression));
    }

    record ByJsonPath(String text, JsonPath path) implements RecordSelector {
        @Override
        public JsonNode select(JsonNode document) {
            if (text.equals("$")) {
                return document;
            }
            JsonNode found = path.read(document, JSON_PATH);
            return found == null ? Json.NODES.missingNode() : found;
        }
    }

    record ByJsonata(String text, Jsonata expression) implements RecordSelector {
        @Override
        public JsonNode select(JsonNode document) {
            Object result = expression.evaluate(Json.MAPPER.convertValue(document, Object.class));
            return result == null ? Json.NODES.missingNode() : Json.MAPPER.valueToTree(result);
        }
    }
}
