package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import java.util.List;
import java.util.Set;

/**
 * Map states: an ItemProcessor (or the legacy Iterator); ProcessorConfig Mode INLINE or
 * DISTRIBUTED, and ExecutionType STANDARD or EXPRESS, required in DISTRIBUTED mode; ItemReader,
 * ItemBatcher, ResultWriter and Label only in DISTRIBUTED mode, each with its own fields.
 */
public final class MapRules implements Rule {
    private static final List<String> DISTRIBUTED_ONLY = List.of("ItemReader", "ItemBatcher", "ResultWriter", "Label");
    private static final Set<String> MODES = Set.of("INLINE", "DISTRIBUTED");
    private static final Set<String> EXECUTION_TYPES = Set.of("STANDARD", "EXPRESS");
    /** AWS: a Map Label has at most 40 characters. */
    static final int MAX_LABEL_LENGTH = 40;

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (!state.is("Map")) {
                continue;
            }
            if (state.field("ItemProcessor") == null && state.field("Iterator") == null) {
                run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, state.pointer(), state.label()
                        + " has no ItemProcessor saying what to run for each item");
            }
            boolean distributed = processorConfig(run, state);
            for (String field : DISTRIBUTED_ONLY) {
                if (state.field(field) != null && !distributed) {
                    run.reportAtKey(DiagnosticCode.MAP_DISTRIBUTED_ONLY_FIELD, state.pointerOf(field), state.label()
                            + " has " + field + ", which only a DISTRIBUTED Map takes (set ItemProcessor."
                            + "ProcessorConfig.Mode to DISTRIBUTED)");
                }
            }
            part(run, state, "ItemReader", AslSchemas.ITEM_READER);
            part(run, state, "ItemBatcher", AslSchemas.ITEM_BATCHER);
            part(run, state, "ResultWriter", AslSchemas.RESULT_WRITER);
            JsonNode reader = state.field("ItemReader");
            JsonNode readerConfig = reader != null ? reader.get("ReaderConfig") : null;
            if (readerConfig != null && readerConfig.isObject()) {
                AslSchemas.READER_LIMITS.check(run, state.pointerOf("ItemReader") + "/ReaderConfig", readerConfig,
                        state.language(), state.label() + " ItemReader");
            }
            label(run, state);
        }
    }

    /** Checks ItemProcessor.ProcessorConfig; true when the Map runs DISTRIBUTED. */
    private static boolean processorConfig(ValidationRun run, StateRef state) {
        JsonNode processor = state.field("ItemProcessor");
        JsonNode config = processor != null && processor.isObject() ? processor.get("ProcessorConfig") : null;
        if (config == null || !config.isObject()) {
            return false;
        }
        String pointer = state.pointerOf("ItemProcessor") + "/ProcessorConfig";
        String owner = state.label() + " ProcessorConfig";
        AslSchemas.PROCESSOR_CONFIG.check(run, pointer, config, state.language(), owner);
        JsonNode mode = config.get("Mode");
        if (mode != null && mode.isTextual() && !MODES.contains(mode.textValue())) {
            run.report(DiagnosticCode.SCHEMA_INVALID_VALUE, pointer + "/Mode", owner + ": Mode must be INLINE or "
                    + "DISTRIBUTED, not '" + mode.textValue() + "'");
        }
        boolean distributed = mode != null && "DISTRIBUTED".equals(mode.asText());
        JsonNode executionType = config.get("ExecutionType");
        if (executionType != null && executionType.isTextual()
                && !EXECUTION_TYPES.contains(executionType.textValue())) {
            run.report(DiagnosticCode.SCHEMA_INVALID_VALUE, pointer + "/ExecutionType", owner
                    + ": ExecutionType must be STANDARD or EXPRESS, not '" + executionType.textValue() + "'");
        } else if (executionType == null && distributed) {
            run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, pointer, owner
                    + " is DISTRIBUTED but has no ExecutionType (STANDARD or EXPRESS) for its child executions");
        }
        return distributed;
    }

    private static void part(ValidationRun run, StateRef state, String field, ObjectSchema schema) {
        JsonNode value = state.field(field);
        if (value != null && value.isObject()) {
            schema.check(run, state.pointerOf(field), value, state.language(), state.label() + " " + field);
        }
    }

    private static void label(ValidationRun run, StateRef state) {
        JsonNode label = state.field("Label");
        if (label != null && label.isTextual() && label.textValue().length() > MAX_LABEL_LENGTH) {
            run.report(DiagnosticCode.SCHEMA_INVALID_VALUE, state.pointerOf("Label"), state.label() + " has a Label of "
                    + label.textValue().length() + " characters; a Label has at most " + MAX_LABEL_LENGTH);
        }
    }
}
