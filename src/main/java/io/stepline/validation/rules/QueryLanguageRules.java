package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.QueryLanguage;
import io.stepline.validation.DiagnosticCode;

/**
 * QueryLanguage is JSONPath or JSONata, at the top and per state. A JSONPath machine may convert
 * states to JSONata one at a time, but (AWS guide, "State machine structure") "you cannot revert
 * a top-level JSONata-based state machine to a mix of JSONata and JSONPath states".
 */
public final class QueryLanguageRules implements Rule {

    @Override
    public void check(ValidationRun run) {
        JsonNode root = run.index().root();
        if (root.isObject()) {
            value(run, root.get("QueryLanguage"), "/QueryLanguage", "The state machine");
        }
        boolean jsonataMachine = run.index().machineLanguage() == QueryLanguage.JSONATA;
        for (StateRef state : run.index().states()) {
            JsonNode language = state.field("QueryLanguage");
            value(run, language, state.pointerOf("QueryLanguage"), state.label());
            if (jsonataMachine && language != null && QueryLanguage.JSONPATH.aslName().equals(language.asText())) {
                run.report(DiagnosticCode.QUERY_LANGUAGE_CONFLICT, state.pointerOf("QueryLanguage"), state.label()
                        + " sets QueryLanguage JSONPath, but the state machine uses JSONata; a JSONata machine "
                        + "cannot contain JSONPath states");
            }
        }
    }

    private static void value(ValidationRun run, JsonNode language, String pointer, String owner) {
        if (language == null || !language.isTextual()) {
            return; // absent, or a type problem the schema reports
        }
        String text = language.textValue();
        if (!text.equals(QueryLanguage.JSONPATH.aslName()) && !text.equals(QueryLanguage.JSONATA.aslName())) {
            run.report(DiagnosticCode.SCHEMA_INVALID_VALUE, pointer, owner + " has QueryLanguage '" + text
                    + "'; it must be JSONPath or JSONata (spelled exactly so)");
        }
    }
}
