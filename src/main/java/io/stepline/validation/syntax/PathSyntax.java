package io.stepline.validation.syntax;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.Map;

/**
 * ASL paths. A path reads the state input ({@code $...}), the context object ({@code $$...})
 * or a workflow variable ({@code $name...}); what follows the root is JSONPath as Jayway (the
 * library AWS uses) compiles it. A reference path allows only names and integer indices after
 * the root, since it must name exactly one node (AWS: "the operators @ .. , : ? * aren't
 * supported"). Results are cached per text; not thread-safe.
 */
public final class PathSyntax {
    private static final String VALID = "";
    private final Map<String, String> jsonPathProblems = new HashMap<>();

    /** Which roots a field accepts besides {@code $}. */
    public record Roots(boolean context, boolean variables) {
        public static final Roots ALL = new Roots(true, true);
        public static final Roots INPUT_ONLY = new Roots(false, false);
    }

    /** Null when {@code text} is a valid path for a field accepting these roots, else why not. */
    public String problemWithPath(String text, Roots roots) {
        Split split = split(text, roots);
        if (split.problem != null) {
            return split.problem;
        }
        if (ReferencePathScanner.problemWith(split.rest) == null) {
            return null; // names and indices only: valid JSONPath without asking Jayway (whose first use is slow)
        }
        String unbalanced = unbalancedBrackets(split.rest);
        if (unbalanced != null) {
            return unbalanced;
        }
        String problem = jsonPathProblems.computeIfAbsent("$" + split.rest, PathSyntax::compile);
        return problem.isEmpty() ? null : problem;
    }

    /** Null when {@code text} is a valid reference path for a field accepting these roots. */
    public String problemWithReferencePath(String text, Roots roots) {
        Split split = split(text, roots);
        return split.problem != null ? split.problem : ReferencePathScanner.problemWith(split.rest);
    }

    /** The root part ($, $$ or $name) checked, and what follows it. */
    private record Split(String rest, String problem) {
    }

    private static Split split(String text, Roots roots) {
        if (!text.startsWith("$")) {
            return new Split(null, "a path must start with '$'");
        }
        if (text.startsWith("$$")) {
            return roots.context()
                    ? new Split(text.substring(2), null)
                    : new Split(null, "this field cannot read the context object ($$)");
        }
        int nameLength = VariableNames.identifierLength(text, 1);
        if (nameLength == 0) {
            return new Split(text.substring(1), null);
        }
        return roots.variables()
                ? new Split(text.substring(1 + nameLength), null)
                : new Split(null, "this field cannot use a variable ($" + text.substring(1, 1 + nameLength) + ")");
    }

    /** Jayway forgives a dangling '[' or ']' ("$.a[" reads as "$.a"); a path with one is still wrong. */
    private static String unbalancedBrackets(String steps) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < steps.length(); i++) {
            char c = steps.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth < 0) {
                return "a ']' closes no '['";
            }
        }
        return depth > 0 ? "a '[' is never closed" : null;
    }

    private static String compile(String path) {
        try {
            JsonPath.compile(path);
            return VALID;
        } catch (RuntimeException e) { // Jayway throws InvalidPathException, and worse on some inputs
            String message = e.getMessage();
            return message == null || message.isBlank() ? "malformed JSONPath" : message;
        }
    }
}
