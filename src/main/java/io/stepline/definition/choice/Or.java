package io.stepline.definition.choice;

import io.stepline.definition.Origin;
import java.util.List;

public record Or(List<ChoiceRule> rules, Origin origin) implements ChoiceRule {
}
