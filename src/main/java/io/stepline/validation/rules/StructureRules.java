package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.Suggestions;

/**
 * The shape of the machine, its sub-machines (Parallel branches, Map processors) and every
 * state: each object checked against the schema of what it is.
 */
public final class StructureRules implements Rule {

    @Override
    public void check(ValidationRun run) {
        JsonNode root = run.index().root();
        if (!root.isObject()) {
            run.report(DiagnosticCode.SCHEMA_TYPE, "", "A state machine definition must be a JSON object, not "
                    + ObjectSchema.describe(root));
            return;
        }
        for (Scope scope : run.index().scopes()) {
            ObjectSchema schema = switch (scope.kind()) {
                case MACHINE -> AslSchemas.MACHINE;
                case BRANCH -> AslSchemas.BRANCH;
                case ITEM_PROCESSOR, ITERATOR -> AslSchemas.PROCESSOR;
            };
            String owner = Character.toUpperCase(scope.description().charAt(0)) + scope.description().substring(1);
            schema.check(run, scope.pointer(), scope.node(), run.index().machineLanguage(), owner);
        }
        for (StateRef state : run.index().states()) {
            checkState(run, state);
        }
    }

    private static void checkState(ValidationRun run, StateRef state) {
        if (!state.node().isObject()) {
            run.report(DiagnosticCode.SCHEMA_TYPE, state.pointer(),
                    state.label() + " must be a JSON object, not " + ObjectSchema.describe(state.node()));
            return;
        }
        JsonNode type = state.field("Type");
        if (type == null) {
            run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, state.pointer(), state.label()
                    + " has no Type; it must be one of " + String.join(", ", StateSchemas.types()));
            return;
        }
        ObjectSchema schema = type.isTextual() ? StateSchemas.forType(type.textValue()) : null;
        if (schema == null) {
            run.report(DiagnosticCode.SCHEMA_INVALID_VALUE, state.pointerOf("Type"), state.label() + " has Type "
                    + type + ", which is not a state type (" + String.join(", ", StateSchemas.types()) + ")"
                    + (type.isTextual() ? Suggestions.didYouMean(type.textValue(), StateSchemas.types()) : ""));
            return;
        }
        schema.check(run, state.pointer(), state.node(), state.language(), state.label());
        if (state.is("Parallel")) {
            branches(run, state);
        }
    }

    private static void branches(ValidationRun run, StateRef state) {
        JsonNode branches = state.field("Branches");
        if (branches == null || !branches.isArray()) {
            return;
        }
        if (branches.isEmpty()) {
            run.report(DiagnosticCode.SCHEMA_EMPTY_ARRAY, state.pointerOf("Branches"),
                    state.label() + " has no branches; Branches needs at least one");
        }
        for (int i = 0; i < branches.size(); i++) {
            if (!branches.get(i).isObject()) {
                run.report(DiagnosticCode.SCHEMA_TYPE, state.pointerOf("Branches") + "/" + i, state.label()
                        + ": branch " + (i + 1) + " must be an object with StartAt and States, not "
                        + ObjectSchema.describe(branches.get(i)));
            }
        }
    }
}
