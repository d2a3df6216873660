package io.stepline.validation.syntax;

import io.stepline.expression.intrinsic.IntrinsicParser;
import io.stepline.expression.intrinsic.IntrinsicSyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * Intrinsic function calls such as {@code States.Format('{} items', $.count)}, judged by the
 * same parser the engine compiles them with, so validation and execution never disagree.
 */
public final class IntrinsicSyntax {
    private final Map<String, String> verdicts = new HashMap<>();

    /** True when the text looks like a call (so it should be judged as one, not as a path). */
    public static boolean looksLikeCall(String text) {
        return IntrinsicParser.isIntrinsic(text);
    }

    /** Null when {@code text} is one well-formed intrinsic call, else why not. */
    public String problemWith(String text) {
        return verdicts.computeIfAbsent(text, IntrinsicSyntax::judge);
    }

    private static String judge(String text) {
        try {
            IntrinsicParser.parse(text.strip());
            return null;
        } catch (IntrinsicSyntaxException e) {
            return e.getMessage();
        }
    }
}
