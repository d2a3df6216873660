package io.stepline.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case: a definition (inline, or a file relative to the case file), an input, the
 * expected outcome, and mocks by Lambda ARN. {@code causeUnchecked} compares error names only.
 */
public record TestCase(String name, String category, JsonNode definition, String definitionFile, JsonNode input,
        JsonNode expected, JsonNode mocks, boolean causeUnchecked, int line) {

    public static TestCase parse(JsonNode node, int line) {
        String name = node.path("name").asText("line " + line);
        return new TestCase(name, node.path("category").asText(null),
                node.get("definition"), node.path("definitionFile").asText(null),
                node.has("input") ? node.get("input") : io.stepline.json.Json.NODES.objectNode(),
                node.path("expected"), node.path("mocks"), node.path("causeUnchecked").asBoolean(false), line);
    }
}
