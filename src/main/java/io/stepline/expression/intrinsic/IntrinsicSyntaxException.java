package io.stepline.expression.intrinsic;

/** An intrinsic call that does not parse; {@code offset} is where in the text it went wrong. */
public final class IntrinsicSyntaxException extends Exception {
    private final String text;
    private final int offset;

    public IntrinsicSyntaxException(String text, int offset, String message) {
        super(message, null, false, false);
        this.text = text;
        this.offset = offset;
    }

    public String text() {
        return text;
    }

    public int offset() {
        return offset;
    }
}
