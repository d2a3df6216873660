package io.stepline.server;

/** The server cannot start as configured; the message says what to change. */
public final class ServerException extends RuntimeException {
    public ServerException(String message) {
        super(message, null, false, false);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
