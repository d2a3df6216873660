package io.stepline.definition;

import io.stepline.definition.choice.ChoiceBranch;
import java.util.List;

/** Picks the first branch whose rule matches, else {@code Default} (null when absent). */
public record ChoiceState(StateInfo info, DataFlow io, List<ChoiceBranch> choices, String defaultState)
        implements State {
}
