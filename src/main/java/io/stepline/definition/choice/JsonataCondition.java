package io.stepline.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.Origin;

/** A JSONata state's {@code Condition}: a {@code "{% %}"} string or a boolean literal. */
public record JsonataCondition(JsonNode condition, Origin origin) implements ChoiceRule {
}
