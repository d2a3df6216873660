package io.stepline.definition.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.Origin;

/** One entry of {@code Choices}: a rule, where to go when it matches, and what to assign/output. */
public record ChoiceBranch(ChoiceRule rule, String next, JsonNode assign, JsonNode output, Origin origin) {
}
