package io.stepline.expression.intrinsic;

/**
 * Parses intrinsic function calls, such as the value of {@code "id.$": "States.UUID()"}, into
 * compiled expressions. Paths inside are compiled here too, so evaluation never parses.
 */
public final class IntrinsicParser {
    private IntrinsicParser() {
    }

    /** True when a {@code .$} value is meant as an intrinsic call rather than a path. */
    public static boolean isIntrinsic(String text) {
        return text.startsWith("States.");
    }

    /**
     * Compiles a call. Malformed text, an unknown function and a wrong number of arguments are
     * {@link IntrinsicSyntaxException}s that say where ({@code offset}) and what went wrong.
     */
    public static IntrinsicExpression parse(String text) throws IntrinsicSyntaxException {
        return new CompiledIntrinsic(text, new CallParser(text).parseTopLevel());
    }
}
