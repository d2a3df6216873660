package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.JsonataText;
import io.stepline.definition.source.SourceMap;
import io.stepline.validation.DiagnosticCode;
import java.util.Map;
import java.util.Set;

/**
 * In JSONata states every string of the form {@code {% ... %}} is evaluated, at any depth of
 * Arguments, Output, Assign, Items, ItemSelector, Condition, TimeoutSeconds, ItemReader, ...;
 * each must parse. Structural fields (Comment, Next, Type, ...) are never evaluated, and nested
 * states are checked as states of their own.
 */
public final class JsonataRules implements Rule {
    private static final Set<String> NOT_EVALUATED = Set.of("Comment", "Type", "QueryLanguage", "Next", "End",
            "Default", "Resource", "ItemProcessor", "Iterator", "Branches", "Choices", "Catch", "Retry");
    private static final Set<String> NOT_EVALUATED_IN_RULES = Set.of("Comment", "Next", "ErrorEquals");

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (!state.isJsonata() || !state.node().isObject()) {
                continue;
            }
            fields(run, state.node(), state.pointer(), state.label(), NOT_EVALUATED);
            for (String list : new String[] {"Choices", "Catch"}) {
                JsonNode items = state.field(list);
                if (items != null && items.isArray()) {
                    for (int i = 0; i < items.size(); i++) {
                        fields(run, items.get(i), state.pointerOf(list) + "/" + i, state.label(),
                                NOT_EVALUATED_IN_RULES);
                    }
                }
            }
        }
    }

    private static void fields(ValidationRun run, JsonNode object, String pointer, String owner, Set<String> skipped) {
        if (!object.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!skipped.contains(entry.getKey())) {
                values(run, entry.getValue(), SourceMap.child(pointer, entry.getKey()), owner);
            }
        }
    }

    private static void values(ValidationRun run, JsonNode node, String pointer, String owner) {
        if (node.isTextual()) {
            String expression = JsonataText.expressionOf(node);
            if (expression != null) {
                String problem = run.jsonata().problemWith(expression);
                if (problem != null) {
                    run.report(DiagnosticCode.INVALID_JSONATA, pointer, owner + ": '" + node.textValue()
                            + "' is not a valid JSONata expression: " + problem);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                values(run, node.get(i), pointer + "/" + i, owner);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                values(run, entry.getValue(), SourceMap.child(pointer, entry.getKey()), owner);
            }
        }
    }
}
