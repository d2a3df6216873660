package io.stepline.runtime.history;

/**
 * Step Functions' history event types (GetExecutionHistory), with the name of the details
 * member each one carries, so tools that read AWS histories read ours.
 */
public enum HistoryEventType {
    ExecutionStarted("executionStartedEventDetails"),
    ExecutionSucceeded("executionSucceededEventDetails"),
    ExecutionFailed("executionFailedEventDetails"),
    ExecutionAborted("executionAbortedEventDetails"),
    ExecutionTimedOut("executionTimedOutEventDetails"),
    ExecutionRedriven("executionRedrivenEventDetails"),
    PassStateEntered("stateEnteredEventDetails"),
    PassStateExited("stateExitedEventDetails"),
    TaskStateEntered("stateEnteredEventDetails"),
    TaskStateExited("stateExitedEventDetails"),
    ChoiceStateEntered("stateEnteredEventDetails"),
    ChoiceStateExited("stateExitedEventDetails"),
    WaitStateEntered("stateEnteredEventDetails"),
    WaitStateExited("stateExitedEventDetails"),
    SucceedStateEntered("stateEnteredEventDetails"),
    SucceedStateExited("stateExitedEventDetails"),
    FailStateEntered("stateEnteredEventDetails"),
    ParallelStateEntered("stateEnteredEventDetails"),
    ParallelStateStarted(null),
    ParallelStateSucceeded(null),
    ParallelStateFailed(null),
    ParallelStateAborted(null),
    ParallelStateExited("stateExitedEventDetails"),
    MapStateEntered("stateEnteredEventDetails"),
    MapStateStarted("mapStateStartedEventDetails"),
    MapIterationStarted("mapIterationStartedEventDetails"),
    MapIterationSucceeded("mapIterationSucceededEventDetails"),
    MapIterationFailed("mapIterationFailedEventDetails"),
    MapIterationAborted("mapIterationAbortedEventDetails"),
    MapStateSucceeded(null),
    MapStateFailed(null),
    MapStateAborted(null),
    MapStateExited("stateExitedEventDetails"),
    MapRunStarted("mapRunStartedEventDetails"),
    MapRunSucceeded(null),
    MapRunFailed("mapRunFailedEventDetails"),
    TaskScheduled("taskScheduledEventDetails"),
    TaskStarted("taskStartedEventDetails"),
    TaskSubmitted("taskSubmittedEventDetails"),
    TaskSucceeded("taskSucceededEventDetails"),
    TaskFailed("taskFailedEventDetails"),
    TaskTimedOut("taskTimedOutEventDetails"),
    LambdaFunctionScheduled("lambdaFunctionScheduledEventDetails"),
    LambdaFunctionStarted(null),
    LambdaFunctionSucceeded("lambdaFunctionSucceededEventDetails"),
    LambdaFunctionFailed("lambdaFunctionFailedEventDetails"),
    LambdaFunctionTimedOut("lambdaFunctionTimedOutEventDetails");

    private final String detailsMember;

    HistoryEventType(String detailsMember) {
        this.detailsMember = detailsMember;
    }

    /** The JSON member holding this event's details, or null for events without details. */
    public String detailsMember() {
        return detailsMember;
    }
}
