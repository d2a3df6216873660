package io.stepline.expression.template;

/** A template entry that cannot be compiled; {@code field} is the offending key. */
public final class TemplateSyntaxException extends Exception {
    private final String field;

    public TemplateSyntaxException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
