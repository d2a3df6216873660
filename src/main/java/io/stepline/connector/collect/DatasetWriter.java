package io.stepline.connector.collect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a collection's records as JSON Lines into {@code TARGET.partial}, and moves it to its
 * name only when the collection is complete, so no reader sees half a dataset. A resumed
 * collection reopens the partial file cut back to the length its checkpoint recorded: the records
 * of pages collected before the failure are kept, none twice.
 */
final class DatasetWriter implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final FileChannel channel;
    private final OutputStream out;
    private final JsonGenerator generator;

    private DatasetWriter(Path target, long keepBytes) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(keepBytes);
        channel.position(keepBytes);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        this.generator = Json.MAPPER.createGenerator(out);
        generator.setRootValueSeparator(null);
    }

    /** A new dataset, or the partial one of a checkpoint cut back to {@code keepBytes}. */
    static DatasetWriter open(Path target, long keepBytes) throws IOException {
        return new DatasetWriter(target, keepBytes);
    }

    void write(JsonNode record) throws IOException {
        generator.writeTree(record);
        generator.writeRaw('\n');
    }

    /** Flushes and syncs what was written; returns the partial file's length (a checkpoint's mark). */
    long sync() throws IOException {
        long length = flush();
        channel.force(false);
        return length;
    }

    /**
     * Flushes to the operating system without waiting for the disk: enough against a failed task
     * or a killed JVM (the periodic checkpoints); a lost machine is caught on resume, where a file
     * shorter than its checkpoint says starts the collection over.
     */
    long flush() throws IOException {
        generator.flush();
        out.flush();
        return channel.size();
    }

    /** The length of the partial file a checkpoint refers to, or -1 when there is none. */
    static long partialLength(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        return Files.exists(partial) ? Files.size(partial) : -1;
    }

    /** Syncs, closes and moves the partial file to the target's name. */
    void complete() throws IOException {
        Files.move(finish(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Syncs and closes the partial file and leaves it in place (the durable spool a Parquet file is
     * made from; removed only once that file exists); returns its path.
     */
    Path finish() throws IOException {
        sync();
        close();
        return partial;
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            generator.close();
            channel.close();
        }
    }
}
