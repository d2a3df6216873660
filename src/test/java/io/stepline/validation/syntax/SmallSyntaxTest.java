package io.stepline.validation.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamps, variable names, JSONata parsing and suggestions. */
class SmallSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-14T01:59:00Z", "2016-03-14T01:59:00.123Z", "2016-03-14T01:59:00+05:30"})
    void acceptsRfc3339(String text) {
        assertThat(Rfc3339.isTimestamp(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-14 01:59:00Z", "2016-13-05T21:29:29Z", "2016-03-14T01:59:00", "2016-03-14t01:59:00z",
            "yesterday", "2016-02-30T00:00:00Z"})
    void rejectsOtherTimestamps(String text) {
        assertThat(Rfc3339.isTimestamp(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "customerName", "_private", "día", "count2"})
    void acceptsIdentifiers(String name) {
        assertThat(VariableNames.problemWith(name)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1st", "top-level", "with space", "a.b"})
    void rejectsNonIdentifiers(String name) {
        assertThat(VariableNames.problemWith(name)).isNotNull();
    }

    @Test
    void limitsVariableNamesTo80Characters() {
        assertThat(VariableNames.problemWith("v".repeat(80))).isNull();
        assertThat(VariableNames.problemWith("v".repeat(81))).contains("80");
    }

    @Test
    void parsesJsonataOncePerText() {
        JsonataSyntax jsonata = new JsonataSyntax();

        assertThat(jsonata.problemWith("$sum($states.input.n) + 1")).isNull();
        assertThat(jsonata.problemWith("420.")).isNotNull();
        assertThat(jsonata.problemWith("10 + * 2")).isNotNull();
        assertThat(jsonata.problemWith("   ")).isEqualTo("the expression is empty");
        assertThat(jsonata.problemWith("420.")).isSameAs(jsonata.problemWith("420."));
    }

    @Test
    void suggestsTheClosestNameOnlyWhenClose() {
        assertThat(Suggestions.closest("Transfrom", List.of("Load", "Transform"))).isEqualTo("Transform");
        assertThat(Suggestions.closest("Taks", List.of("Pass", "Task"))).isEqualTo("Task");
        assertThat(Suggestions.closest("Nxt", List.of("Not", "Next"))).isEqualTo("Next");
        assertThat(Suggestions.closest("Completely", List.of("Load", "Transform"))).isNull();
        assertThat(Suggestions.didYouMean("Zzz", List.of("Load"))).isEmpty();
    }
}
