package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** Booleans; only {@code BooleanEquals(Path)} uses them, so only equality matters. */
enum BooleanKind implements ValueKind<Boolean> {
    INSTANCE;

    @Override
    public Boolean read(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : null;
    }

    @Override
    public int compare(Boolean left, Boolean right) {
        return Boolean.compare(left, right);
    }

    @Override
    public String description() {
        return "boolean";
    }
}
