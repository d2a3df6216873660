package io.stepline.store;

import java.time.Instant;

/**
 * One immutable version of a state machine's definition. {@code sourceFile} is the absolute path
 * of the file it was read from (null when it came as text, e.g. through the API): tasks resolve
 * files shipped beside the definition (SQL, models) against its directory, also when a worker
 * resumes the execution in another process.
 */
public record MachineVersion(String machineName, int version, String definition, String contentHash,
        String sourceFile, Instant createdAt) {
}
