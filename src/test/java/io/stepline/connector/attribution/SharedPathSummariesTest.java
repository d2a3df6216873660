package io.stepline.connector.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model tasks over the same unchanged summary share one read; a changed or broken summary is read again. */
class SharedPathSummariesTest {

    @Test
    void tasksReadingTheSameFilesAtOnceShareOneSummary(@TempDir Path dir) throws Exception {
        Path paths = Files.createDirectory(dir.resolve("paths"));
        Files.writeString(paths.resolve("part-00000.json"), "{\"path\": [\"A\", \"B\"], \"conversions\": 3, \"nulls\": 1}\n");
        Files.writeString(paths.resolve("part-00001.json"), "{\"path\": [\"B\"], \"conversions\": 1, \"nulls\": 2}\n");
        Files.writeString(paths.resolve("_SUCCESS"), "");
        SharedPathSummaries shared = new SharedPathSummaries();
        Callable<PathSummary> read = () -> shared.read(paths, "json");

        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            List<Future<PathSummary>> reads = pool.invokeAll(java.util.Collections.nCopies(7, read));
            PathSummary first = reads.get(0).get();
            assertThat(first.rows()).hasSize(2);
            assertThat(first.totalConversions()).isEqualTo(4.0);
            for (Future<PathSummary> other : reads) {
                assertThat(other.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRewrittenSummaryIsReadAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("paths.csv");
        Files.writeString(file, "path,total_conversions,total_non_conversions\nA > B,3,1\n");
        SharedPathSummaries shared = new SharedPathSummaries();
        PathSummary before = shared.read(file, "csv");

        Files.writeString(file, "path,total_conversions,total_non_conversions\nA > B,3,1\nB,5,0\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(before.totalConversions()).isEqualTo(3.0);
        assertThat(shared.read(file, "csv").totalConversions()).isEqualTo(8.0);
    }

    @Test
    void aSummaryThatCannotBeReadIsNotKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("paths.jsonl");
        Files.writeString(file, "{\"path\": [\"A\"]}\n");
        SharedPathSummaries shared = new SharedPathSummaries();

        assertThatThrownBy(() -> shared.read(file, "jsonl")).isInstanceOf(InvalidPathsException.class)
                .hasMessageContaining("conversions");
        assertThatThrownBy(() -> shared.read(file, "jsonl")).isInstanceOf(InvalidPathsException.class);
        assertThatThrownBy(() -> shared.read(dir.resolve("missing.jsonl"), "jsonl"))
                .isInstanceOf(InvalidPathsException.class).hasMessageContaining("no such file");

        Files.writeString(file, "{\"path\": [\"A\"], \"conversions\": 2}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(shared.read(file, "jsonl").totalConversions()).isEqualTo(2.0);
    }
}
