package io.stepline.durable;

import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.store.jdbc.EmbeddedPostgresServer;
import io.stepline.store.jdbc.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** An engine whose {@code double} function doubles its input, counting its calls in {@code calls}. */
    static Stepline engineWithDouble(AtomicInteger calls) {
        Stepline engine = Stepline.start(Json.NODES.objectNode());
        engine.register("double", (payload, control) -> {
            calls.incrementAndGet();
            return Json.NODES.numberNode(payload.asInt() * 2);
        });
        return engine;
    }
}
