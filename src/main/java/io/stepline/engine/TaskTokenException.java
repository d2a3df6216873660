package io.stepline.engine;

/** AWS's TaskDoesNotExist / TaskTimedOut / InvalidToken for SendTask* calls. */
public final class TaskTokenException extends Exception {
    private final String awsError;

    public TaskTokenException(String awsError, String message) {
        super(message, null, false, false);
        this.awsError = awsError;
    }

    /** The error name AWS's API returns (TaskDoesNotExist, TaskTimedOut, InvalidToken). */
    public String awsError() {
        return awsError;
    }
}
