package io.stepline.definition.choice;

import io.stepline.definition.Origin;

public record Not(ChoiceRule rule, Origin origin) implements ChoiceRule {
}
