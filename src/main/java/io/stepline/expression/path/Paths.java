package io.stepline.expression.path;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;

/**
 * Compiles the paths ASL accepts where a JSONPath is expected: {@code $...} (the input),
 * {@code $$...} (the context object) and {@code $name...} (a workflow variable).
 */
public final class Paths {
    private Paths() {
    }

    public static CompiledPath compile(String text) throws PathSyntaxException {
        if (text == null || !text.startsWith("$")) {
            throw new PathSyntaxException(text, "a path must start with '$'");
        }
        if (text.startsWith("$$")) {
            return new ContextPath(text, jsonPath(text, "$" + text.substring(2)));
        }
        int nameEnd = variableNameEnd(text);
        if (nameEnd > 1) {
            String name = text.substring(1, nameEnd);
            return new VariablePath(text, name, jsonPath(text, "$" + text.substring(nameEnd)));
        }
        return new InputPath(text, jsonPath(text, text));
    }

    /** True when the text is a variable reference ({@code $name} or {@code $name.field}). */
    public static boolean isVariable(String text) {
        return text.startsWith("$") && !text.startsWith("$$") && variableNameEnd(text) > 1;
    }

    /** Index just past the variable name of {@code $name...}, or 1 when there is none. */
    static int variableNameEnd(String text) {
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '[') {
                break;
            }
            i++;
        }
        return i;
    }

    private static JsonPathEvaluator jsonPath(String original, String jsonPath) throws PathSyntaxException {
        try {
            return new JsonPathEvaluator(original, JsonPath.compile(jsonPath), SimplePath.parse(jsonPath));
        } catch (InvalidPathException e) {
            throw new PathSyntaxException(original, e.getMessage());
        }
    }
}
