package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.jdbc.SinkBatches;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink connection's table, written as pages arrive: records gather until a page ends with at
 * least {@code commitEvery} of them, then go in as one batch (one sink write, committed), and a
 * checkpoint after it says where to resume. Batches are cut at the same pages on every attempt
 * (counted from the last checkpoint), so a batch's ledger key names the same records each time:
 * a batch written just before a crash that kept its checkpoint from being saved is skipped when
 * the resumed collection reaches it again, never appended twice.
 */
final class SinkDestination implements Destination {
    private final SinkBatches sink;
    private final int commitEvery;
    private final String runKey;
    private final List<JsonNode> pending = new ArrayList<>();
    private Checkpoint committed;
    private long batches;
    private long rowsWritten;
    private long alreadyWritten;

    /** @param runKey the collection's key (its execution, state and what it collects); a batch's is this and its number */
    SinkDestination(SinkBatches sink, int commitEvery, String runKey) {
        this.sink = sink;
        this.commitEvery = commitEvery;
        this.runKey = runKey;
    }

    @Override
    public boolean holds(Checkpoint checkpoint) {
        return true; // committed batches stay committed
    }

    @Override
    public void open(Checkpoint resume) {
        committed = resume;
        batches = resume == null ? 0 : resume.batches();
        rowsWritten = resume == null ? 0 : resume.rowsWritten();
    }

    @Override
    public void write(JsonNode record) {
        pending.add(record);
    }

    @Override
    public Checkpoint pageDone(Checkpoint progress, boolean last) throws TaskFailedException {
        boolean due = pending.size() >= commitEvery || (last && !pending.isEmpty());
        boolean emptiesPartition = last && batches == 0 && pending.isEmpty() && sink.writesWhenEmpty();
        if (!due && !emptiesPartition) {
            return null;
        }
        ObjectNode written = sink.write(pending, runKey + "#batch-" + batches, batches == 0);
        batches++;
        rowsWritten += written.path("rowsWritten").asLong();
        if (written.path("alreadyWritten").asBoolean()) {
            alreadyWritten++;
        }
        pending.clear();
        committed = progress.withBatches(batches, rowsWritten);
        return committed;
    }

    @Override
    public Checkpoint keep(Checkpoint progress) {
        return committed; // the records after the last batch are not in the table: fetched again
    }

    @Override
    public Written complete(long records) {
        ObjectNode summary = sink.describe().put("batches", batches).put("rowsWritten", rowsWritten);
        if (alreadyWritten > 0) {
            summary.put("batchesAlreadyWritten", alreadyWritten);
        }
        return new Written("sink", summary);
    }

    @Override
    public void close() {
        pending.clear();
    }
}
