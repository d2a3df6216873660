package io.stepline.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stores one test class runs against: embedded H2 in a temporary directory and a fresh
 * database on the shared embedded PostgreSQL. Closed (and the H2 directory deleted) when the
 * class is done.
 */
final class TestStores implements AutoCloseable {
    private final Path h2Directory;
    private final List<TestStore> stores;

    TestStores(String testClass) {
        try {
            h2Directory = Files.createTempDirectory("stepline-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoreSettings h2 = StoreSettings.embedded(h2Directory.resolve("stepline"));
        StoreSettings postgres = EmbeddedPostgresServer.freshDatabase(testClass);
        stores = List.of(TestStore.open("H2", h2), TestStore.open("PostgreSQL", postgres));
    }

    List<TestStore> stores() {
        return stores;
    }

    @Override
    public void close() throws IOException {
        for (TestStore store : stores) {
            store.close();
        }
        try (Stream<Path> files = Files.walk(h2Directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
