package io.stepline.expression.jsonata;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the {@code $name} tokens of an expression, so that only the workflow variables an
 * expression can read are converted and bound when it runs.
 *
 * <p>The scan follows the JSONata tokenizer's rule for names (a name ends at whitespace or an
 * operator character) and deliberately does not skip string literals, comments or regexes: a
 * {@code $word} inside a string only costs a lookup of a variable that is then not found,
 * whereas guessing where a regex or string ends wrongly could hide a real reference. So the
 * result is a superset of the names the expression reads, never a subset. {@code $eval}, which
 * could name a variable at run time, is disabled in Step Functions.
 */
final class VariableReferences {
    // The characters that end a name in the JSONata tokenizer (its operator table).
    private static final String OPERATOR_CHARACTERS = ".[]{}(),@#;:?+-*/%|=<>^&!~";
    private static final String WHITESPACE = " \t\n\r\u000B";

    private VariableReferences() {
    }

    static Set<String> in(String expression) {
        Set<String> names = new LinkedHashSet<>();
        int length = expression.length();
        for (int i = 0; i < length; i++) {
            if (expression.charAt(i) != '$') {
                continue;
            }
            int end = i + 1;
            while (end < length && !endsName(expression.charAt(end))) {
                end++;
            }
            if (end > i + 1) {
                names.add(expression.substring(i + 1, end));
            }
        }
        return names;
    }

    private static boolean endsName(char c) {
        return OPERATOR_CHARACTERS.indexOf(c) >= 0 || WHITESPACE.indexOf(c) >= 0;
    }
}
