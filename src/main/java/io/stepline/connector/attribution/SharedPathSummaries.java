package io.stepline.connector.attribution;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Path summary files read once for every attribution task that wants the same, unchanged files.
 * A pipeline runs its models in parallel over one summary; each task parsing it on its own
 * (240k JSON rows at 10M touchpoints, seven times over on two cores) cost more than the models.
 * Tasks asking while a summary is being read wait for that read. A summary is known by its files'
 * names, identities (inodes), sizes and modification times, so a rewritten one is read again. The last {@value #KEPT}
 * are kept softly (summaries are immutable; the garbage collector may drop them under pressure).
 */
final class SharedPathSummaries {
    static final int KEPT = 4;
    private static final SharedPathSummaries PROCESS = new SharedPathSummaries();

    private final Map<Key, SoftReference<CompletableFuture<PathSummary>>> recent =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<CompletableFuture<PathSummary>>> e) {
                    return size() > KEPT;
                }
            };

    /** The process's one instance: every model task of every execution shares it. */
    static SharedPathSummaries process() {
        return PROCESS;
    }

    /** As {@link PathSummaryReader#read}, read once while the files stay the same. */
    PathSummary read(Path file, String format) throws InvalidPathsException {
        Key key = Key.of(file, format);
        if (key == null) {
            return PathSummaryReader.read(file, format); // not listable: the reader says what is wrong
        }
        CompletableFuture<PathSummary> mine = new CompletableFuture<>();
        CompletableFuture<PathSummary> existing;
        synchronized (recent) {
            SoftReference<CompletableFuture<PathSummary>> kept = recent.get(key);
            existing = kept == null ? null : kept.get();
            if (existing == null) {
                recent.put(key, new SoftReference<>(mine));
            }
        }
        if (existing != null) {
            return await(existing);
        }
        try {
            PathSummary summary = PathSummaryReader.read(file, format);
            mine.complete(summary);
            return summary;
        } catch (InvalidPathsException | RuntimeException e) {
            synchronized (recent) {
                recent.remove(key); // a failed read is not kept: the next task tries again
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static PathSummary await(CompletableFuture<PathSummary> reading) throws InvalidPathsException {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidPathsException invalid) {
                throw invalid;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** A summary's identity: its location, format and each file's name, size and modification time. */
    private record Key(Path file, String format, List<String> parts) {

        static Key of(Path file, String format) {
            try {
                Path absolute = file.toAbsolutePath().normalize();
                List<Path> files;
                if (Files.isDirectory(absolute)) {
                    try (Stream<Path> listing = Files.list(absolute)) {
                        files = listing.sorted().toList();
                    }
                } else {
                    files = List.of(absolute);
                }
                List<String> parts = new ArrayList<>();
                for (Path part : files) {
                    BasicFileAttributes attributes = Files.readAttributes(part, BasicFileAttributes.class);
                    parts.add(part.getFileName() + ":" + attributes.fileKey() + ":" + attributes.size() + ":"
                            + attributes.lastModifiedTime().toMillis());
                }
                return new Key(absolute, format, parts);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
