package io.stepline.runtime.step;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.runtime.StateVisit;
import io.stepline.runtime.error.ErrorNames;
import io.stepline.runtime.error.StateFailure;
import io.stepline.runtime.history.HistoryEventType;
import io.stepline.runtime.io.BranchEffects;
import io.stepline.runtime.io.DataFlow;
import java.util.List;

/**
 * Choice: the first branch whose rule holds wins, else Default; the state-level Assign/Output
 * apply only when Default is taken (the matched branch's own apply otherwise).
 */
public final class ChoiceStep extends StateStep {
    /** {@link #defaultNext} when the state has no Default. */
    public static final int NO_DEFAULT = Integer.MIN_VALUE + 1;

    private final List<ChoiceBranchStep> branches;
    private final int defaultNext;
    private final BranchEffects defaultEffects;

    public ChoiceStep(String name, DataFlow flow, List<ChoiceBranchStep> branches, int defaultNext,
            BranchEffects defaultEffects) {
        super(name, flow, HistoryEventType.ChoiceStateEntered, HistoryEventType.ChoiceStateExited);
        this.branches = List.copyOf(branches);
        this.defaultNext = defaultNext;
        this.defaultEffects = defaultEffects;
    }

    @Override
    protected void run(StateVisit visit) throws StateFailure {
        JsonNode effective = flow.enter(visit);
        try {
            for (ChoiceBranchStep branch : branches) {
                visit.input(effective);
                if (branch.condition().test(visit)) {
                    leave(visit, effective, branch.effects(), branch.next());
                    return;
                }
            }
        } catch (EvaluationException e) {
            throw visit.failure(e);
        }
        if (defaultNext == NO_DEFAULT) {
            throw new StateFailure(ErrorNames.NO_CHOICE_MATCHED, "An error occurred while executing the state '"
                    + name + "' (entered at the event id #" + visit.enteredEventId()
                    + "). No Choice rule matched the input and the state has no Default.");
        }
        leave(visit, effective, defaultEffects, defaultNext);
    }

    private void leave(StateVisit visit, JsonNode effective, BranchEffects effects, int next) throws StateFailure {
        visit.input(effective);
        JsonNode shaped = effects.apply(visit, effective);
        exit(visit, flow.exit(visit, shaped), next);
    }
}
