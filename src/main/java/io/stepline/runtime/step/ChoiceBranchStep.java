package io.stepline.runtime.step;

import io.stepline.runtime.io.BranchEffects;

/** One compiled Choices entry: its condition, its target, and its own Assign/Output. */
public record ChoiceBranchStep(ChoiceCondition condition, int next, BranchEffects effects) {
}
