package io.stepline.compile;

import io.stepline.definition.Origin;
import io.stepline.definition.ValueSource;
import io.stepline.runtime.io.DynamicInteger;
import io.stepline.runtime.io.DynamicPercentage;

/** Compiles numeric fields that may be literal or read from a path. */
final class Dynamic {
    private Dynamic() {
    }

    static DynamicInteger integer(ValueSource source, String pathField, Origin origin) throws CompileException {
        if (source == null) {
            return null;
        }
        if (source instanceof ValueSource.Literal literal) {
            return new DynamicInteger.Fixed(literal.value().asLong());
        }
        if (source instanceof ValueSource.FromPath path) {
            return new DynamicInteger.FromPath(pathField, Expressions.path(path.path(), pathField, origin));
        }
        throw new CompileException(origin, "JSONata states are not supported yet");
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
        throw new CompileException(origin, "JSONata states are not supported yet");
    }
}
