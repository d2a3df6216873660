package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.choice.ComparisonOperator.Relation;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;

/**
 * {@code StringLessThan}, {@code NumericEqualsPath}, {@code TimestampGreaterThanEquals}, ...:
 * the Variable's value and the operand, both of the operator's kind, in the given relation.
 * When either is of another type the comparison is false (spec: "if the values are not both of
 * the appropriate type ... the comparison will return false").
 */
record OrderedComparison<T>(ValueKind<T> kind, Relation relation, Operand<T> operand) implements ValueCheck {

    @Override
    public boolean test(JsonNode value, EvaluationScope scope) throws EvaluationException {
        // The operand is resolved first so a missing operand path fails even when the
        // Variable's value has the wrong type: both paths must select something.
        T right = operand.resolve(scope);
        T left = kind.read(value);
        if (left == null || right == null) {
            return false;
        }
        int order = kind.compare(left, right);
        return switch (relation) {
            case EQ -> order == 0;
            case LT -> order < 0;
            case GT -> order > 0;
            case LE -> order <= 0;
            case GE -> order >= 0;
            case MATCHES, IS -> throw new IllegalStateException(relation + " is not an ordering");
        };
    }
}
