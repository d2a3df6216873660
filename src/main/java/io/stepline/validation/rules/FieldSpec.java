package io.stepline.validation.rules;

import io.stepline.definition.QueryLanguage;

/**
 * One field of an ASL object: its name, JSON type, the query language it belongs to (null when
 * both) and, for numbers, the allowed range.
 */
public record FieldSpec(String name, ValueKind kind, QueryLanguage onlyIn, Double min, Double max) {

    public static FieldSpec of(String name, ValueKind kind) {
        return new FieldSpec(name, kind, null, null, null);
    }

    public FieldSpec jsonPathOnly() {
        return new FieldSpec(name, kind, QueryLanguage.JSONPATH, min, max);
    }

    public FieldSpec jsonataOnly() {
        return new FieldSpec(name, kind, QueryLanguage.JSONATA, min, max);
    }

    public FieldSpec atLeast(double minimum) {
        return new FieldSpec(name, kind, onlyIn, minimum, max);
    }

    public FieldSpec between(double minimum, double maximum) {
        return new FieldSpec(name, kind, onlyIn, minimum, maximum);
    }

    public boolean allowedIn(QueryLanguage language) {
        return onlyIn == null || onlyIn == language;
    }
}
