package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field whose value is written literally, read from a path ({@code SecondsPath},
 * {@code ErrorPath}, ...), or computed by a JSONata expression ({@code "{% ... %}"}).
 */
public sealed interface ValueSource {

    record Literal(JsonNode value) implements ValueSource {
    }

    record FromPath(String path) implements ValueSource {
    }

    /** {@code expression} is the text between {@code {%} and {@code %}}, trimmed. */
    record FromJsonata(String expression) implements ValueSource {
    }
}
