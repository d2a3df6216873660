package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.source.SourceMap;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.VariableNames;
import java.util.Iterator;

/**
 * Assign keys are variable names (in JSONPath states a trailing ".$" marks a dynamic value and
 * is not part of the name); $states is reserved. Applies to states, top-level Choice rules and
 * catchers. The values are templates or JSONata, checked by those rules.
 */
public final class AssignRules implements Rule {

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (!state.node().isObject()) {
                continue;
            }
            names(run, state, state.field("Assign"), state.pointerOf("Assign"), state.label());
            for (String list : new String[] {"Choices", "Catch"}) {
                JsonNode items = state.field(list);
                if (items != null && items.isArray()) {
                    for (int i = 0; i < items.size(); i++) {
                        names(run, state, items.get(i).get("Assign"), state.pointerOf(list) + "/" + i + "/Assign",
                                (list.equals("Catch") ? "Catcher " : "Choice rule ") + (i + 1) + " of state '"
                                        + state.name() + "'");
                    }
                }
            }
        }
    }

    private static void names(ValidationRun run, StateRef state, JsonNode assign, String pointer, String owner) {
        if (assign == null || !assign.isObject()) {
            return;
        }
        Iterator<String> keys = assign.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            String name = !state.isJsonata() && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            String keyPointer = SourceMap.child(pointer, key);
            if (name.equals(VariableNames.RESERVED)) {
                run.reportAtKey(DiagnosticCode.RESERVED_VARIABLE, keyPointer, owner
                        + " assigns 'states', but $states is reserved by Step Functions");
                continue;
            }
            String problem = VariableNames.problemWith(name);
            if (problem != null) {
                run.reportAtKey(DiagnosticCode.INVALID_VARIABLE_NAME, keyPointer, owner + " assigns '" + key
                        + "', which is not a valid variable name: " + problem);
            }
        }
    }
}
