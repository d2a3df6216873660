package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The collector's durable state, in small JSON files under a directory (default
 * {@code data/collect/state}): each stream's cursor high-water mark
 * ({@code cursors/CONNECTOR.STREAM.json}) and the checkpoints of collections that stopped midway
 * ({@code checkpoints/KEY.json}). Each file is replaced atomically, so a crash leaves the old one
 * or the new one. The engine's store is not visible to connectors, hence files of their own.
 */
final class CollectorState {
    private final Path directory;

    CollectorState(Path directory) {
        this.directory = directory;
    }

    /** The committed cursor of a stream, or null before its first commit. */
    synchronized String cursor(String connector, String stream) throws IOException {
        JsonNode json = read(cursorFile(connector, stream));
        return json == null || json.path("cursor").isNull() ? null : json.path("cursor").asText();
    }

    /** Advances a stream's cursor; a value not greater than the committed one is ignored. */
    synchronized String commitCursor(String connector, String stream, String cursor) throws IOException {
        String committed = cursor(connector, stream);
        if (cursor == null || (committed != null && Cursors.compare(cursor, committed) <= 0)) {
            return committed;
        }
        ObjectNode json = Json.NODES.objectNode().put("connector", connector).put("stream", stream).put("cursor", cursor)
                .put("committedAt", java.time.Instant.now().toString());
        write(cursorFile(connector, stream), json);
        return cursor;
    }

    JsonNode checkpoint(String key) throws IOException {
        return read(checkpointFile(key));
    }

    void saveCheckpoint(String key, JsonNode checkpoint) throws IOException {
        write(checkpointFile(key), checkpoint);
    }

    void dropCheckpoint(String key) throws IOException {
        Files.deleteIfExists(checkpointFile(key));
    }

    private Path cursorFile(String connector, String stream) {
        return directory.resolve("cursors").resolve(connector + "." + stream + ".json");
    }

    private Path checkpointFile(String key) {
        return directory.resolve("checkpoints").resolve(key + ".json");
    }

    private static JsonNode read(Path file) throws IOException {
        try {
            return Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void write(Path file, JsonNode json) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
