package io.stepline.expression.intrinsic;

/** An intrinsic call that does not parse; {@code offset} is where in the text it went wrong. */
public final class IntrinsicSyntaxException extends Exception {

    /** What kind of problem it is, so validation can word or grade it. */
    public enum Kind {
        /** The text is not a well-formed call (quotes, parentheses, escapes, paths, numbers). */
        MALFORMED,
        /** {@code States.Name} is not one of the 18 intrinsic functions. */
        UNKNOWN_FUNCTION,
        /** The function exists but not with this many arguments. */
        WRONG_ARITY
    }

    private final String text;
    private final int offset;
    private final Kind kind;

    public IntrinsicSyntaxException(String text, int offset, String message) {
        this(text, offset, Kind.MALFORMED, message);
    }

    public IntrinsicSyntaxException(String text, int offset, Kind kind, String message) {
        super(message, null, false, false);
        this.text = text;
        this.offset = offset;
        this.kind = kind;
    }

    public String text() {
        return text;
    }

    public int offset() {
        return offset;
    }

    public Kind kind() {
        return kind;
    }
}
