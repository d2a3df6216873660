package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Runs {@code processor} once per item. {@code items} is ItemsPath (JSONPath, default "$") or
 * Items (JSONata); {@code itemSelector} also holds the legacy Parameters form. Limits are null
 * when not set. Distributed-mode fields are kept as written for connectors that read them.
 */
public record MapState(
        StateInfo info,
        DataFlow io,
        ValueSource items,
        JsonNode itemSelector,
        StateGraph processor,
        ProcessorMode mode,
        String executionType,
        ValueSource maxConcurrency,
        ValueSource toleratedFailureCount,
        ValueSource toleratedFailurePercentage,
        JsonNode itemReader,
        JsonNode itemBatcher,
        JsonNode resultWriter,
        String label,
        List<Retrier> retry,
        List<Catcher> catchers,
        Transition transition) implements State, Transitioning, Recoverable {

    public enum ProcessorMode { INLINE, DISTRIBUTED }
}
