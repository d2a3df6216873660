package io.stepline.expression.jsonata;

/**
 * A JSONata expression that does not parse. Definitions are validated before they run, so this
 * reaches a caller only from validation or from compiling an unvalidated definition.
 */
public final class JsonataSyntaxException extends IllegalArgumentException {
    private final String expression;
    private final String code;
    private final int position;
    private final String path;

    JsonataSyntaxException(String expression, String code, int position, String detail, String path) {
        super(detail);
        this.expression = expression;
        this.code = code;
        this.position = position;
        this.path = path;
    }

    /** The expression as written between {@code {%} and {@code %}}. */
    public String expression() {
        return expression;
    }

    /** The JSONata error code, such as {@code S0202}. */
    public String code() {
        return code;
    }

    /** The character position JSONata reports, or -1. */
    public int position() {
        return position;
    }

    /**
     * Where the expression sits inside the template it was compiled from, as a suffix of the
     * field name ({@code /a/b[0]}); empty for an expression compiled on its own.
     */
    public String path() {
        return path;
    }

    JsonataSyntaxException at(String prefix) {
        JsonataSyntaxException moved = new JsonataSyntaxException(expression, code, position, getMessage(), prefix + path);
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
