package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises JSONata fields: strings that start with {@code {%} and end with {@code %}}. */
public final class JsonataText {
    private JsonataText() {
    }

    public static boolean isJsonata(String text) {
        return text.length() >= 4 && text.startsWith("{%") && text.endsWith("%}");
    }

    /** The trimmed expression inside a JSONata string node, or null when the node is not one. */
    public static String expressionOf(JsonNode node) {
        if (node == null || !node.isTextual() || !isJsonata(node.textValue())) {
            return null;
        }
        String text = node.textValue();
        return text.substring(2, text.length() - 2).trim();
    }
}
