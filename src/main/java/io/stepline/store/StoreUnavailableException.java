package io.stepline.store;

/**
 * The store's database cannot be reached or refused the connection (down, wrong port, wrong
 * credentials, file locked by another process). The message names the database (its URL
 * without credentials) and the reason, so it can be shown to a user as it is.
 */
public class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
