package io.stepline.definition.choice;

import io.stepline.definition.Origin;

/** A boolean test over a state's input (JSONPath) or a JSONata condition. */
public sealed interface ChoiceRule permits Comparison, And, Or, Not, JsonataCondition {
    Origin origin();
}
