package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.jdbc.JsonLinesToParquet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

/**
 * A dataset file. Records are always spooled as JSON Lines into {@code TARGET.partial} (appended
 * to on resume, cut back to the checkpoint's length); a JSON Lines dataset is that file moved to
 * its name, a Parquet one is made from it when the collection completes, and the spool is removed
 * only once the Parquet file is in place: a failure at any point loses no completed page.
 *
 * @param columnsIfEmpty the columns a Parquet file gets when no record came (the stream's mapped fields)
 */
final class FileDestination implements Destination {
    private final Path target;
    private final String format;
    private final List<String> columnsIfEmpty;
    private DatasetWriter writer;

    FileDestination(Path target, String format, List<String> columnsIfEmpty) {
        this.target = target;
        this.format = format;
        this.columnsIfEmpty = List.copyOf(columnsIfEmpty);
    }

    @Override
    public boolean holds(Checkpoint checkpoint) throws IOException {
        return DatasetWriter.partialLength(target) >= checkpoint.bytes();
    }

    @Override
    public void open(Checkpoint resume) throws IOException {
        writer = DatasetWriter.open(target, resume == null ? 0 : resume.bytes());
    }

    @Override
    public void write(JsonNode record) throws IOException {
        writer.write(record);
    }

    @Override
    public Checkpoint pageDone(Checkpoint progress, boolean last) throws IOException {
        return !last && progress.pages() % Collection.CHECKPOINT_EVERY == 0 ? progress.withBytes(writer.flush()) : null;
    }

    @Override
    public Checkpoint keep(Checkpoint progress) throws IOException {
        return progress.withBytes(writer.sync());
    }

    @Override
    public Written complete(long records) throws IOException, TaskFailedException {
        if (format.equals("jsonl")) {
            writer.complete();
            return dataset(DatasetRef.files(target.toString(), "jsonl").described(records, null));
        }
        Path spool = writer.finish();
        DatasetRef parquet;
        try {
            parquet = JsonLinesToParquet.convert(spool, target, target.toString(), columnsIfEmpty);
        } catch (SQLException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "making the Parquet file " + target
                    + " from the " + records + " records collected failed (they are kept in " + spool + "): "
                    + String.valueOf(e.getMessage()).strip().split("\\R")[0]);
        }
        if (parquet == null) {
            // no record and no mapped field: Parquet cannot hold a schema without a column, so the empty
            // dataset is an empty JSON Lines file, which the sink (and Spark) read as 0 rows
            Path empty = target.resolveSibling(target.getFileName() + ".jsonl");
            Files.move(spool, empty, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return dataset(DatasetRef.files(empty.toString(), "jsonl").described(0, null));
        }
        Files.deleteIfExists(spool);
        return dataset(parquet);
    }

    private static Written dataset(DatasetRef ref) {
        return new Written("dataset", ref.toJson());
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException ignored) {
            // already synced or failed; the checkpoint says how much is good
        }
    }
}
