package io.stepline.expression.choice;

import io.stepline.expression.EvaluationException;
import io.stepline.expression.path.CompiledPath;

/**
 * The error AWS raises when a Choice rule's path selects nothing. Its text, as AWS writes it
 * after the runtime's "An error occurred while executing the state '...' (entered at the event
 * id #N). " prefix: {@code Invalid path '$.x': The choice state's condition path references an
 * invalid value.} (note: no space before the colon, unlike JSONPath's "Invalid path '$.x' : ...").
 */
final class InvalidPath {
    private InvalidPath() {
    }

    static EvaluationException of(CompiledPath path) {
        return EvaluationException.runtime("Invalid path '" + path.text()
                + "': The choice state's condition path references an invalid value.");
    }
}
