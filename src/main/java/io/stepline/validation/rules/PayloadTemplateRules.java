package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.source.SourceMap;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.IntrinsicSyntax;
import io.stepline.validation.syntax.PathSyntax.Roots;
import java.util.Map;

/**
 * Payload templates of JSONPath states (Parameters, ResultSelector, ItemSelector, Assign, and
 * the Parameters/BatchInput of a distributed Map): at any depth, a "name.$" entry holds a
 * string that is a path or an intrinsic function call, and no object has both "name" and
 * "name.$" (both would produce the field "name").
 */
public final class PayloadTemplateRules implements Rule {

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (state.isJsonata() || !state.node().isObject()) {
                continue;
            }
            for (String field : new String[] {"Parameters", "ResultSelector", "ItemSelector", "Assign"}) {
                template(run, state.field(field), state.pointerOf(field), state.label() + ": " + field);
            }
            nested(run, state, "ItemReader", "Parameters");
            nested(run, state, "ResultWriter", "Parameters");
            nested(run, state, "ItemBatcher", "BatchInput");
            listed(run, state, "Catch", "Catcher");
            listed(run, state, "Choices", "Choice rule");
        }
    }

    private static void nested(ValidationRun run, StateRef state, String holder, String field) {
        JsonNode object = state.field(holder);
        if (object != null && object.isObject()) {
            template(run, object.get(field), state.pointerOf(holder) + "/" + field,
                    state.label() + ": " + holder + " " + field);
        }
    }

    /** The Assign of each catcher or top-level Choice rule. */
    private static void listed(ValidationRun run, StateRef state, String field, String noun) {
        JsonNode list = state.field(field);
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            template(run, list.get(i).get("Assign"), state.pointerOf(field) + "/" + i + "/Assign",
                    noun + " " + (i + 1) + " of state '" + state.name() + "': Assign");
        }
    }

    private static void template(ValidationRun run, JsonNode node, String pointer, String owner) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                template(run, node.get(i), pointer + "/" + i, owner);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            String childPointer = SourceMap.child(pointer, key);
            if (key.endsWith(".$")) {
                String plain = key.substring(0, key.length() - 2);
                if (node.has(plain)) {
                    run.reportAtKey(DiagnosticCode.PAYLOAD_KEY_CONFLICT, childPointer, owner + " has both '" + plain
                            + "' and '" + key + "', which would both produce the field '" + plain + "'");
                }
                dynamicValue(run, entry.getValue(), childPointer, owner, key);
            } else {
                template(run, entry.getValue(), childPointer, owner);
            }
        }
    }

    private static void dynamicValue(ValidationRun run, JsonNode value, String pointer, String owner, String key) {
        if (!value.isTextual()) {
            run.report(DiagnosticCode.INVALID_PAYLOAD_TEMPLATE, pointer, owner + ": '" + key + "' must hold a path "
                    + "or an intrinsic function call as a string, not " + ObjectSchema.describe(value));
            return;
        }
        String text = value.textValue();
        if (IntrinsicSyntax.looksLikeCall(text)) {
            String problem = run.intrinsics().problemWith(text);
            if (problem != null) {
                run.report(DiagnosticCode.INVALID_INTRINSIC, pointer, owner + ": '" + key + "' holds '" + text
                        + "', which is not a valid intrinsic function call: " + problem);
            }
        } else if (!text.startsWith("$")) {
            run.report(DiagnosticCode.INVALID_PAYLOAD_TEMPLATE, pointer, owner + ": '" + key + "' holds '" + text
                    + "', which is neither a path (starting with $) nor an intrinsic function call (States.*)"
                    + "; drop the .$ from the key to use it as a literal string");
        } else {
            String problem = run.paths().problemWithPath(text, Roots.ALL);
            if (problem != null) {
                run.report(DiagnosticCode.INVALID_JSONPATH, pointer, owner + ": '" + key + "' holds '" + text
                        + "', which is not a valid path: " + problem);
            }
        }
    }
}
