package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.ChoiceState;
import io.stepline.definition.DataFlow;
import io.stepline.definition.FailState;
import io.stepline.definition.PassState;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.State;
import io.stepline.definition.StateMachine;
import io.stepline.definition.SucceedState;
import io.stepline.definition.Transition;
import io.stepline.definition.ValueSource;
import io.stepline.definition.choice.ChoiceBranch;
import io.stepline.expression.EvaluationException;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Just enough of an interpreter to run a recorded machine made of one Choice state routing to
 * Pass, Succeed or Fail states with no data flow: the Choice rules are the only thing under
 * test, and the targets' fixed Result/Error/Cause show which branch was taken. Anything more
 * needs the runtime; {@link #unsupported} says why a machine is out of reach.
 */
final class ChoiceOnlyRun {
    /** What the execution ended with, in the terms of the recorded cases. */
    record Outcome(String status, JsonNode output, String error, String cause) {

        static Outcome succeeded(JsonNode output) {
            return new Outcome("SUCCEEDED", output, null, null);
        }

        static Outcome failed(String error, String cause) {
            return new Outcome("FAILED", null, error, cause);
        }
    }

    private ChoiceOnlyRun() {
    }

    /** Why the machine is out of this runner's reach, or null when it can run it. */
    static String unsupported(StateMachine machine) {
        if (machine.queryLanguage() != QueryLanguage.JSONPATH) {
            return "a JSONata machine (Conditions are the runtime's)";
        }
        State start = machine.graph().start();
        if (!(start instanceof ChoiceState choice)) {
            return "starts with a " + start.info().type() + " state, not a Choice state";
        }
        if (choice.queryLanguage() != QueryLanguage.JSONPATH) {
            return "a JSONata Choice state (Conditions are the runtime's)";
        }
        if (!choice.io().equals(DataFlow.DEFAULTS)) {
            return "the Choice state shapes its data (InputPath/OutputPath/Output/Assign)";
        }
        List<String> targets = new ArrayList<>();
        for (ChoiceBranch branch : choice.choices()) {
            if (branch.assign() != null || branch.output() != null) {
                return "a Choice rule has Assign or Output";
            }
            targets.add(branch.next());
        }
        if (choice.defaultState() != null) {
            targets.add(choice.defaultState());
        }
        for (String target : targets) {
            String problem = unsupportedTarget(machine.graph().states().get(target));
            if (problem != null) {
                return "target '" + target + "': " + problem;
            }
        }
        return null;
    }

    private static String unsupportedTarget(State state) {
        if (state == null) {
            return "no such state";
        }
        if (state instanceof PassState pass) {
            return pass.io().equals(DataFlow.DEFAULTS) && pass.transition() instanceof Transition.End
                    ? null : "a Pass state with data flow or a Next";
        }
        if (state instanceof SucceedState succeed) {
            return succeed.io().equals(DataFlow.DEFAULTS) ? null : "a Succeed state with data flow";
        }
        if (state instanceof FailState fail) {
            return isLiteralOrAbsent(fail.error()) && isLiteralOrAbsent(fail.cause())
                    ? null : "a Fail state with ErrorPath/CausePath or JSONata";
        }
        return "a " + state.info().type() + " state";
    }

    private static boolean isLiteralOrAbsent(ValueSource source) {
        return source == null || source instanceof ValueSource.Literal;
    }

    /** Runs a machine {@link #unsupported} accepted. */
    static Outcome run(StateMachine machine, JsonNode input) {
        ChoiceState choice = (ChoiceState) machine.graph().start();
        TestScope scope = new TestScope(input, Json.NODES.objectNode(), Map.of());
        String next = null;
        for (ChoiceBranch branch : choice.choices()) {
            try {
                if (ChoiceRules.compile(branch.rule()).test(scope)) {
                    next = branch.next();
                    break;
                }
            } catch (EvaluationException e) {
                // The start state is entered at event #2, after ExecutionStarted.
                return Outcome.failed(e.error(), "An error occurred while executing the state '"
                        + choice.name() + "' (entered at the event id #2). " + e.getMessage());
            }
        }
        if (next == null) {
            next = choice.defaultState();
        }
        if (next == null) {
            // AWS's cause text for this is not pinned down here: a recorded case that needs it
            // will fail on the cause and show it.
            return Outcome.failed("States.NoChoiceMatched", null);
        }
        return target(machine.graph().states().get(next), input);
    }

    private static Outcome target(State state, JsonNode input) {
        if (state instanceof PassState pass) {
            return Outcome.succeeded(pass.result() != null ? pass.result() : input);
        }
        if (state instanceof FailState fail) {
            return Outcome.failed(text(fail.error()), text(fail.cause()));
        }
        return Outcome.succeeded(input);
    }

    private static String text(ValueSource source) {
        return source == null ? null : ((ValueSource.Literal) source).value().asText();
    }
}
