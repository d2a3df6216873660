package io.stepline.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.Origin;

/**
 * {@code Variable} compared by {@code operator} with {@code operand}: a literal, or for the
 * {@code ...Path} operators a path string naming the value to compare with.
 */
public record Comparison(String variable, ComparisonOperator operator, JsonNode operand, Origin origin)
        implements ChoiceRule {
}
