package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import java.io.IOException;

/**
 * Where a collection's records go, and what of them survives a failure: a dataset file (JSON
 * Lines, or Parquet made from a JSON Lines spool at the end) or a sink connection's table
 * written batch by batch.
 */
sealed interface Destination extends AutoCloseable permits FileDestination, SinkDestination {

    /** Whether what a checkpoint counted is still there (a file cut short by a lost machine is not). */
    boolean holds(Checkpoint checkpoint) throws IOException;

    /** Starts a new collection, or continues after {@code resume}. */
    void open(Checkpoint resume) throws IOException, TaskFailedException;

    void write(JsonNode record) throws IOException;

    /**
     * After each page ({@code last} when the pagination ended): the checkpoint to save now, or null.
     * A sink commits a batch here.
     */
    Checkpoint pageDone(Checkpoint progress, boolean last) throws IOException, TaskFailedException;

    /** On a failure at {@code progress}: makes what it can durable; the checkpoint to resume from, or null to start over. */
    Checkpoint keep(Checkpoint progress) throws IOException;

    /** Completes the collection; returns what was written, for the result ({@code dataset} or {@code sink}). */
    Written complete(long records) throws IOException, TaskFailedException;

    @Override
    void close();

    /** What a complete collection wrote: the result's field name and its value. */
    record Written(String field, JsonNode value) {
    }
}
