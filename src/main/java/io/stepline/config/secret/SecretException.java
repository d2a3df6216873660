package io.stepline.config.secret;

/** A secret reference cannot be resolved; the message names the reference, never a value. */
public final class SecretException extends Exception {
    public SecretException(String message) {
        super(message, null, false, false);
    }
}
