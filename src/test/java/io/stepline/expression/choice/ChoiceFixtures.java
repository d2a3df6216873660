package io.stepline.expression.choice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.definition.ChoiceState;
import io.stepline.definition.StateMachine;
import io.stepline.definition.StateMachineBinder;
import io.stepline.definition.choice.ChoiceRule;
import io.stepline.definition.source.AslReader;
import io.stepline.definition.source.AslSyntaxException;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.json.Json;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Rules written as ASL JSON, bound by the real reader and binder (so tests see the same
 * number and string nodes a definition file produces), then compiled.
 */
final class ChoiceFixtures {
    private ChoiceFixtures() {
    }

    /** The rule of {@code {"Variable": ..., "<Operator>": ...}} (no Next), as the binder builds it. */
    static ChoiceRule rule(String ruleJson) {
        ObjectNode branch = (ObjectNode) json(ruleJson);
        branch.put("Next", "End");
        String definition = "{\"StartAt\":\"Choose\",\"States\":{"
                + "\"Choose\":{\"Type\":\"Choice\",\"Choices\":[" + Json.write(branch) + "],\"Default\":\"End\"},"
                + "\"End\":{\"Type\":\"Succeed\"}}}";
        try {
            StateMachine machine = StateMachineBinder.bind(new AslReader().read("rule.asl.json", definition));
            return ((ChoiceState) machine.graph().start()).choices().get(0).rule();
        } catch (AslSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static CompiledRule compile(String ruleJson) {
        return ChoiceRules.compile(rule(ruleJson));
    }

    /** Whether the rule matches the input. */
    static boolean test(String ruleJson, String inputJson) throws EvaluationException {
        return compile(ruleJson).test(scope(inputJson));
    }

    static EvaluationScope scope(String inputJson) {
        return new TestScope(json(inputJson), Json.NODES.objectNode(), Map.of());
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-field input {@code {"v": value}}, value written as JSON text. */
    static String input(String valueJson) {
        return "{\"v\":" + valueJson + "}";
    }
}
