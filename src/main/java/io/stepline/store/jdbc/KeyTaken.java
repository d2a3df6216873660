package io.stepline.store.jdbc;

/**
 * Thrown inside a transaction to roll it back when a concurrent writer took a key first (a
 * version number, an execution name); the caller catches it outside the transaction and
 * decides what that means. A signal, not an error: no stack trace.
 */
final class KeyTaken extends RuntimeException {

    KeyTaken() {
        super("key taken by a concurrent writer", null, false, false);
    }
}
