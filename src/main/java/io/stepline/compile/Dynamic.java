package io.stepline.compile;

import io.stepline.definition.Origin;
import io.stepline.definition.ValueSource;
import io.stepline.json.Json;
import io.stepline.runtime.io.DynamicInteger;
import io.stepline.runtime.io.DynamicPercentage;
import io.stepline.runtime.io.DynamicText;

/** Compiles fields written literally, read from a path, or computed by JSONata. */
final class Dynamic {
    /** AWS's ceiling for seconds and counts. */
    static final long MAX_SECONDS = 99_999_999L;

    private Dynamic() {
    }

    /**
     * @param literalField the JSONata/literal spelling (e.g. "TimeoutSeconds")
     * @param pathField the path spelling (e.g. "TimeoutSecondsPath")
     */
    static DynamicInteger integer(ValueSource source, String literalField, String pathField, long min, Origin origin)
            throws CompileException {
        if (source == null) {
            return null;
        }
        if (source instanceof ValueSource.Literal literal) {
            return new DynamicInteger.Fixed(literal.value().asLong());
        }
        if (source instanceof ValueSource.FromPath path) {
            return new DynamicInteger.FromPath(pathField, Expressions.path(path.path(), pathField, origin));
        }
        return new DynamicInteger.FromJsonata(jsonata(source, literalField, origin), min, MAX_SECONDS);
    }

    static DynamicPercentage percentage(ValueSource source, Origin origin) throws CompileException {
        if (source == null) {
            return null;
        }
        if (source instanceof ValueSource.Literal literal) {
            return new DynamicPercentage.Fixed(literal.value().asDouble());
        }
        if (source instanceof ValueSource.FromPath path) {
            return new DynamicPercentage.FromPath(
                    Expressions.path(path.path(), "ToleratedFailurePercentagePath", origin));
        }
        return new DynamicPercentage.FromJsonata(jsonata(source, "ToleratedFailurePercentage", origin));
    }

    static DynamicText text(ValueSource source, String literalField, String pathField, Origin origin)
            throws CompileException {
        if (source == null) {
            return null;
        }
        if (source instanceof ValueSource.Literal literal) {
            return new DynamicText.Fixed(literal.value().asText());
        }
        if (source instanceof ValueSource.FromPath path) {
            return new DynamicText.FromPath(pathField, path.path(), Expressions.pathOrIntrinsic(path.path(), pathField,
                    origin));
        }
        return new DynamicText.FromJsonata(jsonata(source, literalField, origin));
    }

    static io.stepline.expression.jsonata.JsonataField jsonata(ValueSource source, String field, Origin origin)
            throws CompileException {
        String expression = ((ValueSource.FromJsonata) source).expression();
        return Expressions.jsonataField(field, Json.NODES.textNode("{% " + expression + " %}"), origin);
    }
}
