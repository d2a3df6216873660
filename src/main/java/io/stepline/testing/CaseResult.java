package io.stepline.testing;

import io.stepline.runtime.ExecutionResult;

/** A case's outcome: passed, or why not (and what actually happened, when it ran). */
public record CaseResult(TestCase testCase, boolean passed, String problem, ExecutionResult actual) {
}
