package io.stepline.expression.choice;

import io.stepline.definition.choice.And;
import io.stepline.definition.choice.ChoiceRule;
import io.stepline.definition.choice.Comparison;
import io.stepline.definition.choice.JsonataCondition;
import io.stepline.definition.choice.Not;
import io.stepline.definition.choice.Or;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles JSONPath Choice rules. Compile once per definition, then call
 * {@link CompiledRule#test} on every Choice transition.
 */
public final class ChoiceRules {
    private ChoiceRules() {
    }

    /**
     * @throws IllegalArgumentException for a JSONata {@code Condition} (the runtime evaluates
     *         those) and for a rule that validation would have rejected (wrong operand type,
     *         malformed path)
     */
    public static CompiledRule compile(ChoiceRule rule) {
        // An instanceof chain only because Java 17 has no pattern switch; ChoiceRule is sealed
        // and this is the one place that dispatches on it.
        if (rule instanceof Comparison comparison) {
            return ComparisonCompiler.compile(comparison);
        }
        if (rule instanceof And and) {
            return new AndRule(compileAll(and.rules()));
        }
        if (rule instanceof Or or) {
            return new OrRule(compileAll(or.rules()));
        }
        if (rule instanceof Not not) {
            return new NotRule(compile(not.rule()));
        }
        if (rule instanceof JsonataCondition condition) {
            throw new IllegalArgumentException(condition.origin().pointer()
                    + ": a JSONata Condition is evaluated by the runtime, not compiled as a JSONPath rule");
        }
        throw new IllegalStateException("unknown choice rule " + rule);
    }

    private static List<CompiledRule> compileAll(List<ChoiceRule> rules) {
        List<CompiledRule> compiled = new ArrayList<>(rules.size());
        for (ChoiceRule rule : rules) {
            compiled.add(compile(rule));
        }
        return compiled;
    }
}
