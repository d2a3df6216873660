package io.stepline.expression.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.expression.EvaluationException;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference path ({@code ResultPath}): a definite path of names and indexes that says where
 * a value goes. Writing never mutates the target: it copies the spine from the root to the
 * written node (values stay shared), so earlier states' data stay valid.
 */
public final class ReferencePath {
    private final String text;
    private final Object[] steps; // String name or Integer index

    private ReferencePath(String text, Object[] steps) {
        this.text = text;
        this.steps = steps;
    }

    public static ReferencePath compile(String text) throws PathSyntaxException {
        if (text == null || !text.startsWith("$") || text.startsWith("$$")) {
            throw new PathSyntaxException(text, "a reference path must start with '$'");
        }
        List<Object> steps = new ArrayList<>();
        int i = 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                int start = ++i;
                while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                    i++;
                }
                String name = text.substring(start, i);
                if (name.isEmpty() || name.contains("*") || name.contains("@")) {
                    throw new PathSyntaxException(text, "a reference path may only contain names and indexes");
                }
                steps.add(name);
            } else if (c == '[') {
                int close = bracketEnd(text, i);
                String inside = text.substring(i + 1, close).trim();
                steps.add(bracketStep(text, inside));
                i = close + 1;
            } else {
                throw new PathSyntaxException(text, "unexpected '" + c + "' at position " + i);
            }
        }
        return new ReferencePath(text, steps.toArray());
    }

    private static int bracketEnd(String text, int open) throws PathSyntaxException {
        boolean quoted = false;
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                return j;
            }
        }
        throw new PathSyntaxException(text, "unclosed '['");
    }

    private static Object bracketStep(String text, String inside) throws PathSyntaxException {
        if (inside.length() >= 2 && inside.startsWith("'") && inside.endsWith("'")) {
            return inside.substring(1, inside.length() - 1);
        }
        try {
            int index = Integer.parseInt(inside);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new PathSyntaxException(text, "a reference path may only contain names and indexes");
    }

    public String text() {
        return text;
    }

    public boolean isRoot() {
        return steps.length == 0;
    }

    /**
     * {@code target} with {@code value} placed at this path, creating missing objects on the way.
     * Fails with {@code States.ResultPathMatchFailure} when the path crosses a non-object.
     */
    public JsonNode write(JsonNode target, JsonNode value) throws EvaluationException {
        if (steps.length == 0) {
            return value;
        }
        return writeStep(target, 0, value);
    }

    private JsonNode writeStep(JsonNode node, int index, JsonNode value) throws EvaluationException {
        Object step = steps[index];
        boolean last = index == steps.length - 1;
        if (step instanceof String name) {
            ObjectNode copy;
            if (node == null || node.isMissingNode()) {
                copy = Json.NODES.objectNode();
            } else if (node.isObject()) {
                copy = Json.NODES.objectNode();
                copy.setAll((ObjectNode) node);
            } else {
                throw mismatch(node);
            }
            copy.set(name, last ? value : writeStep(copy.get(name), index + 1, value));
            return copy;
        }
        int position = (Integer) step;
        if (node == null || !node.isArray() || position >= node.size()) {
            throw mismatch(node);
        }
        ArrayNode copy = ((ArrayNode) node).arrayNode(node.size());
        copy.addAll((ArrayNode) node);
        copy.set(position, last ? value : writeStep(node.get(position), index + 1, value));
        return copy;
    }

    private EvaluationException mismatch(JsonNode node) {
        return new EvaluationException("States.ResultPathMatchFailure",
                "Unable to apply ResultPath '" + text + "' to input " + (node == null ? "null" : Json.write(node)));
    }
}
