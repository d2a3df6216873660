package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.definition.source.AslSyntaxException;
import io.stepline.engine.CheckedDefinition;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.validation.Diagnostic;
import io.stepline.validation.ValidationOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * Validates definition text as {@code stepline validate} does (resources bound as the engine
 * would bind them) and gives the diagnostics in the UI's shape:
 * {@code {code, severity, message, pointer, line, column, state}}.
 */
final class Diagnostics {
    private final JsonNode config;

    Diagnostics(JsonNode config) {
        this.config = config;
    }

    /** Every diagnostic of {@code text}, a malformed text as one MALFORMED error. */
    ArrayNode of(String file, String text, Path directory) {
        ArrayNode out = Json.NODES.arrayNode();
        var bindings = Stepline.bindings(config, Map.of(), directory);
        try {
            CheckedDefinition checked = CheckedDefinition.check(file, text, ValidationOptions.of(bindings::whyUnbound));
            checked.diagnostics().forEach(d -> out.add(toJson(d)));
        } catch (DefinitionException malformed) {
            out.add(toJson(malformed.syntax(), malformed.getMessage()));
        }
        return out;
    }

    static boolean hasErrors(ArrayNode diagnostics) {
        for (JsonNode d : diagnostics) {
            if ("ERROR".equals(d.path("severity").asText())) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode toJson(Diagnostic d) {
        ObjectNode node = Json.NODES.objectNode()
                .put("code", d.code().name())
                .put("severity", d.severity().name())
                .put("message", d.message())
                .put("pointer", d.pointer())
                .put("line", d.line())
                .put("column", d.column());
        node.put("state", stateOf(d.pointer()));
        return node;
    }

    private static ObjectNode toJson(AslSyntaxException syntax, String fallback) {
        ObjectNode node = Json.NODES.objectNode()
                .put("code", DefinitionException.MALFORMED)
                .put("severity", "ERROR")
                .put("message", syntax == null ? fallback : syntax.getMessage())
                .put("pointer", "")
                .put("line", syntax == null ? 1 : syntax.position().line())
                .put("column", syntax == null ? 1 : syntax.position().column());
        node.putNull("state");
        return node;
    }

    /** The innermost state a JSON pointer is inside ({@code /States/A/Branches/0/States/B/Next} -> B). */
    static String stateOf(String pointer) {
        if (pointer == null) {
            return null;
        }
        String[] parts = pointer.split("/");
        String state = null;
        for (int i = 0; i + 1 < parts.length; i++) {
            if ("States".equals(parts[i])) {
                state = parts[i + 1].replace("~1", "/").replace("~0", "~");
            }
        }
        return state;
    }
}
