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

    /** {@code $.a.b}: plain field names, read by a JSON Pointer rather than the JSONPath engine (~30x faster). */
    java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    static RecordSelector jsonPath(String path) {
        JsonPath compiled = JsonPath.compile(path);
        if (PLAIN.matcher(path).matches()) {
            return new ByPointer(path, com.fasterxml.jackson.core.JsonPointer.compile(path.substring(1).replace('.', '/')));
        }
        return new ByJsonPath(path, compiled);
    }

    record ByPointer(String text, com.fasterxml.jackson.core.JsonPointer pointer) implements RecordSelector {
        @Override
        public JsonNode select(JsonNode document) {
            return document.at(pointer);
        }
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
