package io.stepline.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: deterministic by seed, exact in size, noisy as promised, and inside its window. */
class SampleDataGeneratorTest {
    private static final Instant FROM = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
        SampleData first = SampleDataGenerator.write(SampleSpec.of(5_000, 7, FROM, TO), folder.resolve("a"));
        SampleData again = SampleDataGenerator.write(SampleSpec.of(5_000, 7, FROM, TO), folder.resolve("b"));
        SampleData other = SampleDataGenerator.write(SampleSpec.of(5_000, 8, FROM, TO), folder.resolve("c"));

        assertThat(Files.readAllBytes(again.touchpoints())).isEqualTo(Files.readAllBytes(first.touchpoints()));
        assertThat(Files.readAllBytes(again.conversions())).isEqualTo(Files.readAllBytes(first.conversions()));
        assertThat(Files.readAllBytes(other.touchpoints())).isNotEqualTo(Files.readAllBytes(first.touchpoints()));
    }

    @Test
    void writesExactlyTheValidTouchpointsAskedForPlusTheNoiseItCounts() throws Exception {
        SampleData data = SampleDataGenerator.write(SampleSpec.of(20_000, 42, FROM, TO), folder);

        List<String> lines = Files.readAllLines(data.touchpoints());
        assertThat(lines.get(0)).isEqualTo("user_id,ts,channel,campaign,cost");
        assertThat(lines).hasSize(1 + 20_000 + (int) data.duplicateRows() + (int) data.badRows());
        assertThat(data.validTouchpoints()).isEqualTo(20_000);
        assertThat(data.duplicateRows()).isBetween(50L, 200L);
        assertThat(data.badRows()).isBetween(5L, 60L);
        assertThat(data.users()).isBetween(2_000L, 8_000L);
        List<String> conversions = Files.readAllLines(data.conversions());
        assertThat(conversions).hasSize(1 + (int) data.conversionRows());
        assertThat(data.conversionRows()).isBetween(500L, 5_000L);
        assertThat(lines.subList(1, lines.size())).filteredOn(line -> !line.contains("not-a-time") && !line.contains(",,")
                && !line.endsWith("n/a") && !line.startsWith(","))
                .allSatisfy(line -> {
                    Instant at = Instant.parse(line.split(",")[1]);
                    assertThat(at).isAfterOrEqualTo(FROM).isBefore(TO);
                });
    }
}
