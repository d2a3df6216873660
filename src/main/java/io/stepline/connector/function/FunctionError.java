package io.stepline.connector.function;

/** Fails a function invocation with an explicit error name and cause, e.g. {@code RateLimited}. */
public class FunctionError extends Exception {
    private final String errorType;

    public FunctionError(String errorType, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }
}
