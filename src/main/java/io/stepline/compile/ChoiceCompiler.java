package io.stepline.compile;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.ChoiceState;
import io.stepline.definition.Origin;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.choice.ChoiceBranch;
import io.stepline.definition.choice.JsonataCondition;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.choice.ChoiceRules;
import io.stepline.expression.choice.CompiledRule;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataTemplate;
import io.stepline.runtime.io.Assignment;
import io.stepline.runtime.io.BranchEffects;
import io.stepline.runtime.io.JsonPathFlow;
import io.stepline.runtime.io.JsonataAssignment;
import io.stepline.runtime.io.JsonataFlow;
import io.stepline.runtime.step.ChoiceBranchStep;
import io.stepline.runtime.step.ChoiceCondition;
import io.stepline.runtime.step.ChoiceStep;
import io.stepline.runtime.step.StateStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Choice: each rule compiles to a condition with its own effects (Assign, and Output in
 * JSONata); the state-level Assign/Output become the Default's effects, so the data flow
 * itself only applies InputPath/OutputPath.
 */
final class ChoiceCompiler implements StateCompiler<ChoiceState> {
    @Override
    public StateStep compile(ChoiceState state, GraphContext graph) throws CompileException {
        boolean jsonata = state.queryLanguage() == QueryLanguage.JSONATA;
        List<ChoiceBranchStep> branches = new ArrayList<>();
        for (ChoiceBranch branch : state.choices()) {
            ChoiceCondition condition = jsonata ? jsonataCondition(branch) : jsonPathCondition(branch);
            branches.add(new ChoiceBranchStep(condition, graph.indexOf(branch.next(), branch.origin()),
                    effects(jsonata, branch.assign(), branch.output(), branch.origin())));
        }
        var origin = state.info().origin();
        int defaultNext = state.defaultState() == null ? ChoiceStep.NO_DEFAULT : graph.indexOf(state.defaultState(), origin);
        var io = state.io();
        var flow = jsonata ? new JsonataFlow(null, null, null)
                : new JsonPathFlow(Expressions.pathOrIdentity(io.inputPath(), "InputPath", origin), io.inputPath() == null,
                        null, null, Expressions.referencePath("$", "ResultPath", origin),
                        Expressions.pathOrIdentity(io.outputPath(), "OutputPath", origin), io.outputPath() == null, null);
        return new ChoiceStep(state.name(), flow, branches, defaultNext,
                effects(jsonata, io.assign(), io.output(), origin));
    }

    private static ChoiceCondition jsonPathCondition(ChoiceBranch branch) throws CompileException {
        try {
            CompiledRule rule = ChoiceRules.compile(branch.rule());
            return rule::test;
        } catch (IllegalArgumentException e) {
            throw new CompileException(branch.origin(), e.getMessage());
        }
    }

    private static ChoiceCondition jsonataCondition(ChoiceBranch branch) throws CompileException {
        JsonNode condition = ((JsonataCondition) branch.rule()).condition();
        JsonataField field = Expressions.jsonataField("Condition", condition, branch.origin());
        return visit -> field.condition(visit.jsonata());
    }

    private static BranchEffects effects(boolean jsonata, JsonNode assign, JsonNode output, Origin origin)
            throws CompileException {
        if (jsonata) {
            JsonataAssignment assignment = Expressions.jsonataAssignment(assign, origin);
            JsonataTemplate shaped = Expressions.jsonata(output, origin);
            if (assignment == null && shaped == null) {
                return BranchEffects.NONE;
            }
            return (visit, effective) -> {
                try {
                    if (assignment != null) {
                        visit.pendingAssignments(assignment.evaluate(visit.jsonata()));
                    }
                    return shaped == null ? effective : shaped.evaluate(visit.jsonata(), "Output");
                } catch (EvaluationException e) {
                    throw visit.failure(e);
                }
            };
        }
        Assignment assignment = Expressions.assignment(assign, origin);
        if (assignment == null) {
            return BranchEffects.NONE;
        }
        return (visit, effective) -> {
            try {
                visit.pendingAssignments(assignment.evaluate(visit.withInput(effective)));
            } catch (EvaluationException e) {
                throw visit.failure(e);
            }
            return effective;
        };
    }
}
