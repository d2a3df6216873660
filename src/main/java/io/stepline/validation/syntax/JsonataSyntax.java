package io.stepline.validation.syntax;

import com.dashjoin.jsonata.Jsonata;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSONata expressions with the engine Stepline runs them with, once per distinct text
 * (definitions repeat the same expressions often). Not thread-safe: one per validation.
 */
public final class JsonataSyntax {
    private static final String VALID = "";
    private final Map<String, String> problems = new HashMap<>();

    /** Null when the expression parses, else the parser's complaint. */
    public String problemWith(String expression) {
        String problem = problems.computeIfAbsent(expression, JsonataSyntax::parse);
        return problem.isEmpty() ? null : problem;
    }

    private static String parse(String expression) {
        if (expression.isBlank()) {
            return "the expression is empty";
        }
        try {
            Jsonata.jsonata(expression);
            return VALID;
        } catch (RuntimeException e) { // the parser signals every syntax error as a runtime exception
            String message = e.getMessage();
            return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        }
    }
}
