package io.stepline.store;

import java.time.Instant;

/**
 * What is kept of a state machine created through the API beside its definition versions: its
 * {@code type} (STANDARD or EXPRESS), role, creation time and, once deleted, its deletion time.
 */
public record StateMachineRecord(String name, String type, String roleArn, Instant createdAt, Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The same machine, deleted at {@code at}. */
    public StateMachineRecord deletedAt(Instant at) {
        return new StateMachineRecord(name, type, roleArn, createdAt, at);
    }
}
