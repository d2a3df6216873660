package io.stepline.runtime.error;

/** The predefined {@code States.*} error names and how ErrorEquals matches them. */
public final class ErrorNames {
    public static final String ALL = "States.ALL";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String TIMEOUT = "States.Timeout";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String RUNTIME = "States.Runtime";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";

    private ErrorNames() {
    }

    /**
     * AWS: States.Runtime and States.DataLimitExceeded are terminal. They are never retried or
     * caught, not even when named explicitly ("A States.Runtime error isn't retriable, and will
     * always cause the execution to fail").
     */
    public static boolean isTerminal(String error) {
        return RUNTIME.equals(error) || DATA_LIMIT_EXCEEDED.equals(error);
    }

    /**
     * Whether one ErrorEquals entry matches an error. States.ALL matches every non-terminal error;
     * States.TaskFailed matches every error except the other predefined States.* names
     * (AWS: "any known error name except for States.Timeout").
     */
    public static boolean matches(String errorEquals, String error) {
        if (isTerminal(error)) {
            return false;
        }
        if (ALL.equals(errorEquals)) {
            return true;
        }
        if (TASK_FAILED.equals(errorEquals)) {
            return !error.startsWith("States.") || TASK_FAILED.equals(error);
        }
        return errorEquals.equals(error);
    }
}
