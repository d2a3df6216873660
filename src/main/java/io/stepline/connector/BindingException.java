package io.stepline.connector;

/** A resource belongs to a connector but cannot be bound; the message says what to configure. */
public class BindingException extends Exception {
    public BindingException(String message) {
        super(message, null, false, false);
    }
}
