package io.stepline.expression.intrinsic;

/** Parses intrinsic function calls. (Placeholder: the intrinsic functions land in their own change.) */
public final class IntrinsicParser {
    private IntrinsicParser() {
    }

    /** True when a {@code .$} value is meant as an intrinsic call rather than a path. */
    public static boolean isIntrinsic(String text) {
        return text.startsWith("States.");
    }

    public static IntrinsicExpression parse(String text) throws IntrinsicSyntaxException {
        throw new IntrinsicSyntaxException(text, 0, "intrinsic functions are not available yet");
    }
}
