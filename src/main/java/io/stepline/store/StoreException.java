package io.stepline.store;

/**
 * The database failed an operation for a reason that is neither a bug of the caller nor a lost
 * connection (for example a full disk, or a deadlock the database gave up on). The message
 * says which operation and why; it never contains credentials.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
