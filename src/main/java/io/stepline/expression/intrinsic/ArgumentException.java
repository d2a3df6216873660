package io.stepline.expression.intrinsic;

/**
 * An argument a function cannot use. {@link FunctionCall} turns it into AWS's
 * {@code States.Runtime} cause, naming the call; most carry no detail, since AWS only says
 * "Invalid arguments in States.X".
 */
final class ArgumentException extends Exception {
    private final String detail;

    private ArgumentException(String detail) {
        super(detail, null, false, false);
        this.detail = detail;
    }

    /** The arguments do not fit the function: AWS's "Invalid arguments in States.X". */
    static ArgumentException invalid() {
        return new ArgumentException(null);
    }

    /** A failure with its own wording, such as a path that selects nothing. */
    static ArgumentException withDetail(String detail) {
        return new ArgumentException(detail);
    }

    String detailFor(String functionName) {
        return detail != null ? detail : "Invalid arguments in " + functionName;
    }
}
