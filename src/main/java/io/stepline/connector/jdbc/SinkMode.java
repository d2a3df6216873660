package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;

/** How a sink writes: each is idempotent for a re-run of the same run (see docs/connectors.md). */
enum SinkMode {
    /** Inserts the rows; a ledger row written in the same transaction stops a re-run appending twice. */
    APPEND("append"),
    /** Inserts rows whose keys are new and updates the others. */
    UPSERT("upsert"),
    /** Deletes the partition's rows and inserts the new ones, in one transaction. */
    REPLACE_PARTITION("replace_partition");

    private final String text;

    SinkMode(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    static SinkMode parse(String text) throws TaskFailedException {
        for (SinkMode mode : values()) {
            if (mode.text.equals(text)) {
                return mode;
            }
        }
        throw new TaskFailedException(SinkRequest.INVALID, "Mode '" + text
                + "' is not one of append, upsert, replace_partition");
    }
}
