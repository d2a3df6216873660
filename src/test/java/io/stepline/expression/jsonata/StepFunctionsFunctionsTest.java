package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The functions Step Functions adds to JSONata. Expected values come from the AWS documentation,
 * the conformance cases, and measurements against AWS published by Floci where noted.
 */
class StepFunctionsFunctionsTest {

    private static String eval(String expression) throws JsonataEvaluationException {
        return Json.write(JsonataExpression.compile(expression).evaluate(TestScope.of("{}").bindings(), "Output"));
    }

    private static void assertUndefined(String expression) {
        assertThatThrownBy(() -> eval(expression)).hasMessageEndingWith("returned nothing (undefined).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$partition([1,2,3,4,5,6,7,8,9], 3) | [[1,2,3],[4,5,6],[7,8,9]]",
            "$partition([1,2,3,4,5], 2)         | [[1,2],[3,4],[5]]",
            "$partition([0], 1)                 | [[0]]",
            "$partition([0,1], 5)               | [[0,1]]",
            "$partition([1,2,3,4,5], 2.9)       | [[1,2],[3,4],[5]]",
            "$partition('a', 1)                 | [[\"a\"]]"})
    void partitionSplitsIntoChunks(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void partitionOfNothingToSplitIsUndefined() {
        assertUndefined("$partition([1,2], 0)");
        assertUndefined("$partition([], 2)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$range(0, 10, 2)    | [0,2,4,6,8,10]",
            "$range(1, 9, 2)     | [1,3,5,7,9]",
            "$range(0, 10, 3)    | [0,3,6,9]",
            "$range(3, 1, -1)    | [3,2,1]",
            "$range(-1.7, 2, 1)  | [-1,0,1,2]",
            "$range(7, 7, 1)     | 7",
            "[$range(7, 7, 1)]   | [7]",
            "$count($range(1, 360145, 1)) | 360145"})
    void rangeCountsFromStartToEnd(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void rangeThatCannotReachItsEndIsUndefined() {
        assertUndefined("$range(0, 4)");
        assertUndefined("$range(0, 4, -1)");
        assertUndefined("$range(0, 4, 0)");
    }

    @Test
    void rangeRefusesWhatAwsRefusesForMemory() {
        assertThatThrownBy(() -> eval("$range(1, 360146, 1)"))
                .hasMessage("The JSONata expression '$range(1, 360146, 1)' specified for the field 'Output' threw an"
                        + " error during evaluation: Expression evaluation memory limit exceeded: Check for excessive"
                        + " memory usage");
    }

    @Test
    void hashGivesTheHexDigest() throws Exception {
        // Digests of "input" as AWS returned them (Floci's recording).
        assertThat(eval("$hash('input', 'MD5')")).isEqualTo("\"a43c1b0aa53a0c908810c06ab1ff3967\"");
        assertThat(eval("$hash('input', 'SHA-1')")).isEqualTo("\"140f86aae51ab9e1cda9b4254fe98a74eb54c1a1\"");
        assertThat(eval("$hash('input', 'SHA-256')"))
                .isEqualTo("\"c96c6d5be8d08a12e7b5cdc1b207fa6b2430974c86803d8891675e76fd992c20\"");
        // FIPS 180-2 test vectors for "abc".
        assertThat(eval("$hash('abc', 'SHA-384')")).isEqualTo("\"cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b"
                + "605a43ff5bed8086072ba1e7cc2358baeca134c825a7\"");
        assertThat(eval("$hash('abc', 'SHA-512')")).isEqualTo("\"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9ee"
                + "ee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f\"");
    }

    @Test
    void hashRefusesAnUnknownAlgorithmAndIsUndefinedWithoutOne() {
        assertThatThrownBy(() -> eval("$hash('input', 'SHA-9')")).hasMessageContaining("'SHA-9'");
        assertThatThrownBy(() -> eval("$hash('input', 'sha-256')")).hasMessageContaining("is not supported");
        assertUndefined("$hash('input')");
    }

    @Test
    void randomWithASeedIsJavasRandom() throws Exception {
        // AWS answers 0.7275636800328681 for seed 42 (Floci's recording).
        assertThat(eval("$random(42)")).isEqualTo("0.7275636800328681");
        assertThat(eval("$random(42) = $random(42)")).isEqualTo("true");
    }

    @Test
    void randomWithoutASeedIsBetweenZeroAndOne() throws Exception {
        for (int i = 0; i < 100; i++) {
            double value = Double.parseDouble(eval("$random()"));
            assertThat(value).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }

    @Test
    void uuidIsAFreshVersion4Uuid() throws Exception {
        String first = eval("$uuid()");
        assertThat(first).matches("\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"");
        assertThat(eval("$uuid()")).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$parse('true')                       | true",
            "$parse('{\"b\":1,\"a\":[1.5,null]}') | {\"b\":1,\"a\":[1.5,null]}",
            "$parse('-0')                         | 0",
            "$parse('\"HelloWorld\"')             | \"HelloWorld\"",
            "$parse('null')                       | null",
            "$parse('{\"a\":{\"b\":2}}').a.b      | 2"})
    void parseReadsJsonText(String expression, String expected) throws Exception {
        assertThat(eval(expression)).isEqualTo(expected);
    }

    @Test
    void parseRefusesTextThatIsNotJson() {
        assertThatThrownBy(() -> eval("$parse('{oops')"))
                .isInstanceOf(JsonataEvaluationException.class)
                .hasMessageStartingWith("The JSONata expression '$parse('{oops')' specified for the field 'Output' threw"
                        + " an error during evaluation: ");
    }

    @Test
    void argumentsOfTheWrongTypeFailTheSignature() {
        assertThatThrownBy(() -> eval("$range('0', 4, 1)"))
                .hasMessageEndingWith("T0410: Argument 1 of function \"range\" does not match function signature");
    }
}
