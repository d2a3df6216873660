package io.stepline.expression.choice;

import static io.stepline.expression.choice.ChoiceFixtures.input;
import static io.stepline.expression.choice.ChoiceFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.expression.EvaluationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringMatchesTest {

    /** Pattern and value as the characters the matcher sees (not JSON-escaped). */
    @ParameterizedTest(name = "''{0}'' against ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        // The spec's own examples.
        "foo*.log | foo23.log | true",
        "*.log | zebra.log | true",
        "foo*.* | foobar.zebra | true",
        "log-*.txt | log-2024.txt | true",
        "log-*.txt | log-2024.txt.gz | false",
        // '*' matches zero characters too, anywhere.
        "* | '' | true",
        "* | anything | true",
        "a*b | ab | true",
        "a*b*c | abc | true",
        "** | x | true",
        "'' | '' | true",
        "'' | a | false",
        // Prefix and suffix must not overlap.
        "ab*ba | aba | false",
        "ab*ba | abba | true",
        // Leftmost placement of middle pieces still finds a later fit for the suffix.
        "*a*b | xaxaxb | true",
        "*abc*abc | abcabc | true",
        "*abc*abc | abcab | false",
        // Nothing but '*' is special: no '?', no classes, no regex.
        "a?c | abc | false",
        "a?c | a?c | true",
        "[ab] | a | false",
        "a.c | abc | false",
        "^a$ | ^a$ | true",
        // Matching is case-sensitive.
        "FOO* | foobar | false",
    })
    void starMatchesAnyRunOfCharacters(String pattern, String value, boolean expected) {
        assertThat(WildcardPattern.parse(pattern).matches(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' against ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        "foo\\*.log | foo*.log | true",
        "foo\\*.log | foo23.log | false",
        "a\\\\b | a\\b | true",
        "a\\\\* | a\\anything | true",
        "a\\\\\\* | a\\* | true",
        "a\\\\\\* | a\\x | false",
        "\\a | a | true",
    })
    void backslashEscapesTheNextCharacter(String pattern, String value, boolean expected) {
        assertThat(WildcardPattern.parse(pattern).matches(value)).isEqualTo(expected);
    }

    @Test
    void patternsComeFromJsonWithTheirBackslashesDoubled() throws EvaluationException {
        // In JSON text "\\*" is the two characters \* : a literal star.
        String rule = "{\"Variable\":\"$.v\",\"StringMatches\":\"foo\\\\*.log\"}";
        assertThat(test(rule, input("\"foo*.log\""))).isTrue();
        assertThat(test(rule, input("\"foo23.log\""))).isFalse();
    }

    @Test
    void manyWildcardsDoNotBacktrackExponentially() {
        String value = "a".repeat(10_000);
        assertThat(WildcardPattern.parse("*a*a*a*a*a*a*a*a*a*a*b").matches(value)).isFalse();
    }

    @Test
    void aValueOfAnotherTypeDoesNotMatch() throws EvaluationException {
        String rule = "{\"Variable\":\"$.v\",\"StringMatches\":\"*\"}";
        assertThat(test(rule, input("1"))).isFalse();
        assertThat(test(rule, input("null"))).isFalse();
        assertThat(test(rule, input("[\"a\"]"))).isFalse();
        assertThat(test(rule, input("\"\""))).isTrue();
    }

    @Test
    void anOpenEscapeAtTheEndIsARuntimeError() {
        // JSON "abc\\" is the pattern abc\ : its backslash escapes nothing.
        String rule = "{\"Variable\":\"$.v\",\"StringMatches\":\"abc\\\\\"}";
        assertThatThrownBy(() -> test(rule, input("\"abc\"")))
                .isInstanceOfSatisfying(EvaluationException.class,
                        e -> assertThat(e.error()).isEqualTo("States.Runtime"))
                .hasMessageContaining("open escape");
    }
}
