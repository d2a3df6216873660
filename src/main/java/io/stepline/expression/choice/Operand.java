package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;

/**
 * The right-hand side of a comparison: a literal, converted once when the rule is compiled, or
 * for the {@code ...Path} operators a path read on every evaluation.
 */
sealed interface Operand<T> {

    /**
     * The operand in the kind's form, or null when it is of another type.
     *
     * @throws EvaluationException {@code States.Runtime} when an operand path selects nothing
     */
    T resolve(EvaluationScope scope) throws EvaluationException;

    record Literal<T>(T value) implements Operand<T> {

        @Override
        public T resolve(EvaluationScope scope) {
            return value;
        }
    }

    record FromPath<T>(CompiledPath path, ValueKind<T> kind) implements Operand<T> {

        @Override
        public T resolve(EvaluationScope scope) throws EvaluationException {
            JsonNode node = path.find(scope);
            if (node == null) {
                // Treated like a missing Variable: the spec wants both paths to be valid
                // reference paths, and AWS's message names whichever path failed.
                throw InvalidPath.of(path);
            }
            return kind.read(node);
        }
    }
}
