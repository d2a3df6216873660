package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** JSON value comparison for recorded outputs: numbers equal by value (3 and 3.0), everything else exactly. */
final class JsonValues {
    static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonValues() {
    }
}
