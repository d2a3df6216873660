package io.stepline.compile;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.ChoiceState;
import io.stepline.definition.Origin;
import io.stepline.definition.choice.ChoiceBranch;
import io.stepline.definition.choice.JsonataCondition;
import io.stepline.expression.choice.ChoiceRules;
import io.stepline.expression.choice.CompiledRule;
import io.stepline.runtime.io.Assignment;
import io.stepline.runtime.io.BranchEffects;
import io.stepline.runtime.step.ChoiceBranchStep;
import io.stepline.runtime.step.ChoiceStep;
import io.stepline.runtime.step.StateStep;
import java.util.ArrayList;
import java.util.List;

final class ChoiceCompiler implements StateCompiler<ChoiceState> {
    @Override
    public StateStep compile(ChoiceState state, GraphContext graph) throws CompileException {
        List<ChoiceBranchStep> branches = new ArrayList<>();
        for (ChoiceBranch branch : state.choices()) {
            if (branch.rule() instanceof JsonataCondition) {
                throw new CompileException(branch.origin(), "JSONata states are not supported yet");
            }
            CompiledRule rule;
            try {
                rule = ChoiceRules.compile(branch.rule());
            } catch (IllegalArgumentException e) {
                throw new CompileException(branch.origin(), e.getMessage());
            }
            branches.add(new ChoiceBranchStep(rule::test, graph.indexOf(branch.next(), branch.origin()),
                    effects(branch.assign(), branch.origin())));
        }
        int defaultNext = state.defaultState() == null ? ChoiceStep.NO_DEFAULT
                : graph.indexOf(state.defaultState(), state.info().origin());
        return new ChoiceStep(state.name(), DataFlowCompiler.compile(withoutAssign(state)), branches, defaultNext,
                effects(state.io().assign(), state.info().origin()));
    }

    /** The state-level Assign belongs to Default only, so the data flow must not run it. */
    private static ChoiceState withoutAssign(ChoiceState state) {
        var io = state.io();
        var flow = new io.stepline.definition.DataFlow(io.inputPath(), io.parameters(), io.resultSelector(),
                io.resultPath(), io.outputPath(), io.arguments(), io.output(), null);
        return new ChoiceState(state.info(), flow, state.choices(), state.defaultState());
    }

    private static BranchEffects effects(JsonNode assign, Origin origin) throws CompileException {
        Assignment assignment = Expressions.assignment(assign, origin);
        if (assignment == null) {
            return BranchEffects.NONE;
        }
        return (visit, effective) -> {
            try {
                visit.pendingAssignments(assignment.evaluate(visit.withInput(effective)));
            } catch (io.stepline.expression.EvaluationException e) {
                throw visit.failure(e);
            }
            return effective;
        };
    }
}
