package io.stepline.connector.attribution;

/** A model cannot run: a bad parameter or bad paths. The message says what and where. */
public abstract sealed class AttributionException extends Exception
        permits InvalidParameterException, InvalidPathsException {

    AttributionException(String message) {
        super(message, null, false, false);
    }

    /** The ASL error name a task fails with, e.g. {@code Attribution.InvalidParameter}. */
    public abstract String errorName();
}
