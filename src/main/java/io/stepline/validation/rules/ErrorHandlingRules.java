package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import java.util.Set;

/**
 * Retry and Catch: each retrier and catcher has a non-empty ErrorEquals of strings; States.ALL
 * stands alone and only in the last retrier or catcher; retry numbers in range; JitterStrategy
 * FULL or NONE. (Whether a state type takes Retry/Catch at all is its schema's business.)
 */
public final class ErrorHandlingRules implements Rule {
    static final String ALL = "States.ALL";
    /** The predefined error names of the AWS guide ("Error names"). */
    static final Set<String> PREDEFINED = Set.of(ALL, "States.DataLimitExceeded",
            "States.ExceedToleratedFailureThreshold", "States.HeartbeatTimeout", "States.Http.Socket",
            "States.IntrinsicFailure", "States.ItemReaderFailed",
            "States.NoChoiceMatched", "States.ParameterPathFailure", "States.Permissions",
            "States.QueryEvaluationError", "States.ResultPathMatchFailure", "States.ResultWriterFailed",
            "States.Runtime", "States.TaskFailed", "States.Timeout", "States.BranchFailed");
    private static final Set<String> JITTER = Set.of("FULL", "NONE");

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (state.is("Task") || state.is("Parallel") || state.is("Map")) {
                handlers(run, state, "Retry", "Retrier", AslSchemas.RETRIER);
                handlers(run, state, "Catch", "Catcher", AslSchemas.CATCHER);
            }
        }
    }

    private static void handlers(ValidationRun run, StateRef state, String field, String noun, ObjectSchema schema) {
        JsonNode handlers = state.field(field);
        if (handlers == null || !handlers.isArray()) {
            return;
        }
        for (int i = 0; i < handlers.size(); i++) {
            JsonNode handler = handlers.get(i);
            String pointer = state.pointerOf(field) + "/" + i;
            String owner = noun + " " + (i + 1) + " of state '" + state.name() + "'";
            if (!handler.isObject()) {
                run.report(DiagnosticCode.SCHEMA_TYPE, pointer, owner + " must be an object, not "
                        + ObjectSchema.describe(handler));
                continue;
            }
            schema.check(run, pointer, handler, state.language(), owner);
            errorEquals(run, handler.get("ErrorEquals"), pointer + "/ErrorEquals", owner, i == handlers.size() - 1,
                    field);
            JsonNode jitter = handler.get("JitterStrategy");
            if (jitter != null && jitter.isTextual() && !JITTER.contains(jitter.textValue())) {
                run.report(DiagnosticCode.SCHEMA_INVALID_VALUE, pointer + "/JitterStrategy", owner
                        + ": JitterStrategy must be FULL or NONE, not '" + jitter.textValue() + "'");
            }
        }
    }

    private static void errorEquals(ValidationRun run, JsonNode errors, String pointer, String owner, boolean last,
                                    String field) {
        if (errors == null || !errors.isArray()) {
            return;
        }
        if (errors.isEmpty()) {
            run.report(DiagnosticCode.SCHEMA_EMPTY_ARRAY, pointer, owner + ": ErrorEquals needs at least one error name");
            return;
        }
        for (int j = 0; j < errors.size(); j++) {
            JsonNode error = errors.get(j);
            String errorPointer = pointer + "/" + j;
            if (!error.isTextual()) {
                run.report(DiagnosticCode.SCHEMA_TYPE, errorPointer, owner + ": ErrorEquals holds error names "
                        + "(strings), not " + ObjectSchema.describe(error));
                continue;
            }
            String name = error.textValue();
            if (name.equals(ALL)) {
                if (errors.size() > 1) {
                    run.report(DiagnosticCode.STATES_ALL_NOT_ALONE, errorPointer, owner
                            + ": States.ALL matches every error, so it must be the only name in its ErrorEquals");
                }
                if (!last) {
                    run.report(DiagnosticCode.STATES_ALL_NOT_LAST, errorPointer, owner + " uses States.ALL but is not "
                            + "the last in " + field + "; the ones after it could never match");
                }
            } else if (name.startsWith("States.") && !PREDEFINED.contains(name)) {
                run.report(DiagnosticCode.UNKNOWN_STATES_ERROR, errorPointer, owner + ": '" + name
                        + "' uses the reserved States. prefix but is not a predefined error, so nothing raises it");
            }
        }
    }
}
