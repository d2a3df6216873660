package io.stepline.store;

import java.time.Instant;

/** One immutable version of a state machine's definition. */
public record MachineVersion(String machineName, int version, String definition, String contentHash,
        Instant createdAt) {
}
