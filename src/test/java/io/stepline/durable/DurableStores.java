package io.stepline.durable;

import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The two stores durable executions are tested on: embedded H2 in a temp file, and a real PostgreSQL. */
final class DurableStores {
    private DurableStores() {
    }

    static Stream<String> databases() {
        return Stream.of("H2", "PostgreSQL");
    }

    /** Fresh, empty store settings for one test. */
    static StoreSettings fresh(String database, String purpose) {
        if ("PostgreSQL".equals(database)) {
            return EmbeddedPostgresServer.freshDatabase(purpose);
        }
        try {
            Path directory = Files.createTempDirectory("stepline-durable");
            directory.toFile().deleteOnExit();
            return StoreSettings.embedded(directory.resolve("stepline"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
