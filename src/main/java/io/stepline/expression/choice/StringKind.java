package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Strings, ordered as Java's {@code String.compareTo} orders them: by UTF-16 code unit, with no
 * case folding or normalisation. The AWS guide points to exactly that method for string order.
 */
enum StringKind implements ValueKind<String> {
    INSTANCE;

    @Override
    public String read(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }

    @Override
    public int compare(String left, String right) {
        return left.compareTo(right);
    }

    @Override
    public String description() {
        return "string";
    }
}
