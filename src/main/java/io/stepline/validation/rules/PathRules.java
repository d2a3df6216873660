package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.IntrinsicSyntax;
import io.stepline.validation.syntax.PathSyntax.Roots;
import java.util.List;

/**
 * Path-valued fields of JSONPath states. InputPath and OutputPath are JSONPath; ResultPath
 * (state and catcher) is a reference path into the state's own output, so neither $$ nor a
 * variable; ItemsPath and the *Path fields are reference paths that may read $$ and variables;
 * ErrorPath and CausePath may also be intrinsic function calls.
 */
public final class PathRules implements Rule {
    private static final List<String> READ_REFERENCE_PATHS = List.of("ItemsPath", "TimeoutSecondsPath",
            "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "MaxConcurrencyPath",
            "ToleratedFailureCountPath", "ToleratedFailurePercentagePath");

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (state.isJsonata() || !state.node().isObject()) {
                continue; // JSONata states may not have these fields at all (their schema says so)
            }
            path(run, state.field("InputPath"), state.pointerOf("InputPath"), state.label(), "InputPath");
            path(run, state.field("OutputPath"), state.pointerOf("OutputPath"), state.label(), "OutputPath");
            resultPath(run, state.field("ResultPath"), state.pointerOf("ResultPath"), state.label());
            for (String field : READ_REFERENCE_PATHS) {
                referencePath(run, state.field(field), state.pointerOf(field), state.label(), field);
            }
            if (state.is("Fail")) {
                pathOrIntrinsic(run, state, "ErrorPath");
                pathOrIntrinsic(run, state, "CausePath");
            }
            if (state.is("Map")) {
                mapPaths(run, state);
            }
            catchers(run, state);
        }
    }

    private static void mapPaths(ValidationRun run, StateRef state) {
        JsonNode reader = state.field("ItemReader");
        JsonNode config = reader != null ? reader.get("ReaderConfig") : null;
        if (config != null && config.isObject()) {
            referencePath(run, config.get("MaxItemsPath"), state.pointerOf("ItemReader") + "/ReaderConfig/MaxItemsPath",
                    state.label(), "ItemReader MaxItemsPath");
        }
        JsonNode batcher = state.field("ItemBatcher");
        if (batcher != null && batcher.isObject()) {
            for (String field : List.of("MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath")) {
                referencePath(run, batcher.get(field), state.pointerOf("ItemBatcher") + "/" + field, state.label(),
                        "ItemBatcher " + field);
            }
        }
    }

    private static void catchers(ValidationRun run, StateRef state) {
        JsonNode catchers = state.field("Catch");
        if (catchers == null || !catchers.isArray()) {
            return;
        }
        for (int i = 0; i < catchers.size(); i++) {
            JsonNode catcher = catchers.get(i);
            if (catcher.isObject()) {
                resultPath(run, catcher.get("ResultPath"), state.pointerOf("Catch") + "/" + i + "/ResultPath",
                        "Catcher " + (i + 1) + " of state '" + state.name() + "'");
            }
        }
    }

    private static void path(ValidationRun run, JsonNode value, String pointer, String owner, String field) {
        if (value == null || !value.isTextual()) {
            return;
        }
        String problem = run.paths().problemWithPath(value.textValue(), Roots.ALL);
        if (problem != null) {
            run.report(DiagnosticCode.INVALID_JSONPATH, pointer, owner + ": " + field + " '" + value.textValue()
                    + "' is not a valid path: " + problem);
        }
    }

    private static void referencePath(ValidationRun run, JsonNode value, String pointer, String owner, String field) {
        if (value == null || !value.isTextual()) {
            return;
        }
        String problem = run.paths().problemWithReferencePath(value.textValue(), Roots.ALL);
        if (problem != null) {
            run.report(DiagnosticCode.INVALID_REFERENCE_PATH, pointer, owner + ": " + field + " '"
                    + value.textValue() + "' is not a valid reference path: " + problem);
        }
    }

    private static void resultPath(ValidationRun run, JsonNode value, String pointer, String owner) {
        if (value == null || !value.isTextual()) {
            return;
        }
        String path = value.textValue();
        String problem;
        if (path.startsWith("$$")) {
            problem = "ResultPath writes into the state's output and cannot target the context object ($$)";
        } else if (path.length() > 1 && path.charAt(1) != '.' && path.charAt(1) != '[' && path.startsWith("$")) {
            problem = "ResultPath cannot write to a variable; use Assign to set variables";
        } else {
            problem = run.paths().problemWithReferencePath(path, Roots.INPUT_ONLY);
        }
        if (problem != null) {
            run.report(DiagnosticCode.INVALID_REFERENCE_PATH, pointer, owner + ": ResultPath '" + path
                    + "' is not valid: " + problem);
        }
    }

    private static void pathOrIntrinsic(ValidationRun run, StateRef state, String field) {
        JsonNode value = state.field(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        if (IntrinsicSyntax.looksLikeCall(value.textValue())) {
            String problem = run.intrinsics().problemWith(value.textValue());
            if (problem != null) {
                run.report(DiagnosticCode.INVALID_INTRINSIC, state.pointerOf(field), state.label() + ": " + field
                        + " '" + value.textValue() + "' is not a valid intrinsic function call: " + problem);
            }
        } else {
            referencePath(run, value, state.pointerOf(field), state.label(), field);
        }
    }
}
