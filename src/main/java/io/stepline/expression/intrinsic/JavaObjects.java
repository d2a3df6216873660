package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * AWS runs intrinsics in Java over plain Java objects (maps, lists, Integer, Double, String), and
 * some results show it: States.Format prints an object as {@code {a=1, b=[x]}}, ArrayContains
 * compares those printed forms, and ArrayUnique returns a HashSet's order. This class gives a
 * JSON value the text, hash code and equality its Java object would have.
 */
final class JavaObjects {
    private JavaObjects() {
    }

    /** {@code String.valueOf} of the Java object: strings bare, lists {@code [a, b]}, maps {@code {k=v}}. */
    static String text(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isContainerNode()) {
            StringBuilder out = new StringBuilder();
            appendText(node, out);
            return out.toString();
        }
        return scalarText(node);
    }

    private static void appendText(JsonNode node, StringBuilder out) {
        if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                appendText(node.get(i), out);
            }
            out.append(']');
        } else if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(field.getKey()).append('=');
                appendText(field.getValue(), out);
                out.append(fields.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (node.isTextual()) {
            out.append(node.textValue());
        } else {
            out.append(scalarText(node));
        }
    }

    private static String scalarText(JsonNode node) {
        if (node.isNumber()) {
            // JSON decimals are Doubles on the Java side: 1.0E20, not 100000000000000000000.
            return node.isIntegralNumber() ? node.bigIntegerValue().toString() : Double.toString(node.doubleValue());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        return "null";
    }

    /** {@code Objects.hashCode} of the Java object (HashMap spreads it further). */
    static int hash(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 0;
        }
        if (node.isTextual()) {
            return node.textValue().hashCode();
        }
        if (node.isBoolean()) {
            return Boolean.hashCode(node.booleanValue());
        }
        if (node.isNumber()) {
            if (!node.isIntegralNumber()) {
                return Double.hashCode(node.doubleValue());
            }
            if (node.canConvertToInt()) {
                return Integer.hashCode(node.intValue());
            }
            return node.canConvertToLong() ? Long.hashCode(node.longValue()) : node.bigIntegerValue().hashCode();
        }
        if (node.isArray()) {
            int h = 1;
            for (JsonNode element : node) {
                h = 31 * h + hash(element);
            }
            return h;
        }
        int h = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            h += field.getKey().hashCode() ^ hash(field.getValue());
        }
        return h;
    }

    /**
     * {@code Objects.equals} of the Java objects: maps ignore key order, Integer 1 and Double 1.0
     * differ, and so do 1 and "1".
     */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isNumber()) {
            if (a.isIntegralNumber() != b.isIntegralNumber()) {
                return false;
            }
            return a.isIntegralNumber() ? a.bigIntegerValue().equals(b.bigIntegerValue())
                    : Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = b.get(field.getKey());
                if (other == null || !same(field.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
