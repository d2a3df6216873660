package io.stepline.connector.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the external oracle (expected credits from ChannelAttribution, eeghor/mta,
 * jerednel, Snowplow, Adobe, attributionapp, DP6, Google fractribution...) passes within its
 * tolerance: |actual - expected| <= abs + rel x |expected| for every channel.
 */
class OracleTest {

    static Stream<OracleCase> cases() throws IOException {
        JsonNode oracle = Json.MAPPER.readTree(OracleCase.RESOURCES.resolve("oracle.json").toFile());
        List<OracleCase> cases = new ArrayList<>();
        oracle.get("cases").forEach(c -> cases.add(new OracleCase(c)));
        return cases.stream();
    }

    @Test
    void theOracleHasItsTwentyEightCases() throws IOException {
        assertThat(cases()).hasSize(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void creditsMatchThePublishedResult(OracleCase oracle) throws Exception {
        JsonNode json = oracle.json();
        SoftAssertions softly = new SoftAssertions();
        if (json.has("input_coalition_values")) {
            assertCoalitionGame(oracle, softly);
            softly.assertAll();
            return;
        }
        Credits credits = Attribution.run(oracle.model(), oracle.parameters(), oracle.paths());
        ToDoubleFunction<String> actual = switch (oracle.creditUnit()) {
            case "value" -> credits::value;
            case "share" -> credits::share;
            default -> credits::conversions;
        };
        compare(oracle, "expected", json.get("expected"), actual, softly);
        compare(oracle, "expected_value", json.get("expected_value"), credits::value, softly);
        Map<String, Double> effects = credits.perChannel().get("removal_effects");
        compare(oracle, "expected_removal_effects", json.get("expected_removal_effects"),
                channel -> effects.getOrDefault(channel, 0.0), softly);
        if (json.has("expected_p_conversion")) {
            double expected = json.get("expected_p_conversion").asDouble();
            softly.assertThat(credits.figures().get("p_conversion")).as(oracle + " p_conversion")
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(oracle.tolerance(expected)));
        }
        softly.assertAll();
    }

    private static void compare(OracleCase oracle, String field, JsonNode expected, ToDoubleFunction<String> actual,
            SoftAssertions softly) {
        if (expected == null) {
            return;
        }
        expected.properties().forEach(e -> {
            double want = e.getValue().asDouble();
            double got = actual.applyAsDouble(e.getKey());
            softly.assertThat(Math.abs(got - want)).as("%s %s[%s]: got %s, expected %s", oracle, field, e.getKey(), got, want)
                    .isLessThanOrEqualTo(oracle.tolerance(want));
        });
    }

    /** DP6's README gives the characteristic function itself, not paths. */
    private static void assertCoalitionGame(OracleCase oracle, SoftAssertions softly) {
        JsonNode values = oracle.json().get("input_coalition_values");
        List<String> players = new ArrayList<>();
        oracle.json().get("expected").properties().forEach(e -> players.add(e.getKey()));
        Map<String, Double> phi = ShapleyValue.of(players, coalition -> {
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) values.properties()::iterator) {
                Set<String> named = e.getKey().isEmpty() ? Set.of() : new HashSet<>(List.of(e.getKey().split("\\+")));
                if (named.equals(coalition)) {
                    return e.getValue().asDouble();
                }
            }
            throw new AssertionError("no worth for " + coalition);
        });
        compare(oracle, "expected", oracle.json().get("expected"), phi::get, softly);
    }
}
