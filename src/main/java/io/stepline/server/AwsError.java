package io.stepline.server;

/**
 * An error of the Step Functions API in AWS's shape: {@code {"__type": type, "message": ...}},
 * HTTP 400 (SDKs map the type to their exception classes, e.g. ExecutionDoesNotExistException).
 */
final class AwsError extends Exception {
    private final String type;
    private final int status;

    AwsError(String type, String message) {
        this(type, message, 400);
    }

    AwsError(String type, String message, int status) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    String type() {
        return type;
    }

    int status() {
        return status;
    }

    static AwsError validation(String message) {
        return new AwsError("ValidationException", message);
    }

    static AwsError invalidArn(String arn) {
        return new AwsError("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
}
