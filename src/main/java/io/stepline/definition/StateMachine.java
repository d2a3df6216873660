package io.stepline.definition;

/**
 * A whole state machine. {@code timeoutSeconds} is null when the machine sets none.
 */
public record StateMachine(
        String comment,
        String version,
        QueryLanguage queryLanguage,
        Integer timeoutSeconds,
        StateGraph graph) {
}
