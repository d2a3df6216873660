package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.assertResult;
import static io.stepline.expression.intrinsic.Intrinsics.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values come from the AWS developer guide and from runs recorded against AWS. */
class ArrayFunctionsTest {

    @Nested
    class Array {
        @Test
        void holdsItsArgumentsInOrder() {
            assertResult("States.Array($.Id)", "{Id: 123456}", "[123456]");
            assertResult("States.Array('Foo', 2020, $.someJson, null)", "{someJson: {random: 'abcdefg'}}",
                    "['Foo', 2020, {random: 'abcdefg'}, null]");
            assertResult("States.Array()", "[]");
        }
    }

    @Nested
    class ArrayPartition {
        @Test
        void chunksTheArrayWithAShorterLastChunk() {
            assertResult("States.ArrayPartition($.inputArray, 4)", "{inputArray: [1,2,3,4,5,6,7,8,9]}",
                    "[[1,2,3,4], [5,6,7,8], [9]]");
            assertResult("States.ArrayPartition($.a, 10)", "{a: [1, 2, 3]}", "[[1, 2, 3]]");
            assertResult("States.ArrayPartition($.a, 3)", "{a: []}", "[]");
            assertResult("States.ArrayPartition($.a, 2147483647)", "{a: [1]}", "[[1]]");
        }

        @Test
        void truncatesAFractionalChunkSize() {
            assertResult("States.ArrayPartition($.a, 2.6)", "{a: [1, 2, 3, 4, 5]}", "[[1, 2], [3, 4], [5]]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "0.6", "-0.4", "'2'", "null"})
        void rejectsAChunkSizeBelowOne(String size) {
            assertInvalidArguments("States.ArrayPartition($.a, " + size + ")", "{a: [1, 2, 3]}");
        }

        @Test
        void rejectsANonArray() {
            assertInvalidArguments("States.ArrayPartition('not-array', 2)", "{}");
        }
    }

    @Nested
    class ArrayContains {
        @Test
        void findsAValue() {
            assertResult("States.ArrayContains($.inputArray, $.lookingFor)",
                    "{inputArray: [1,2,3,4,5,6,7,8,9], lookingFor: 5}", "true");
            assertResult("States.ArrayContains($.a, 5)", "{a: [1, 2, 3]}", "false");
            assertResult("States.ArrayContains($.a, null)", "{a: [1, null, 3]}", "true");
            assertResult("States.ArrayContains($.a, null)", "{a: []}", "false");
            assertResult("States.ArrayContains($.a, $.t)", "{a: [[1, 2, 3], 2], t: [1, 2, 3]}", "true");
            assertResult("States.ArrayContains($.a, $.t)", "{a: [{'1': 2, '2': []}], t: []}", "false");
            assertResult("States.ArrayContains($.a, $.t)", "{a: [{a: 1}], t: {a: 1, extra: null}}", "false");
            assertResult("States.ArrayContains($.a, false)", "{a: [0, 1, -1, -1.5]}", "false");
        }

        @Test
        void comparesTheJavaTextOfValuesAsAwsDoes() {
            assertResult("States.ArrayContains($.a, $.t)", "{a: [{a: 1, b: 2}], t: {b: 2, a: 1}}", "false");
            assertResult("States.ArrayContains($.a, $.t)", "{a: ['-1', '9007199254740991'], t: 9007199254740991}", "true");
            assertResult("States.ArrayContains($.a, true)", "{a: ['true', 'maybe']}", "true");
        }

        @Test
        void rejectsANonArray() {
            assertInvalidArguments("States.ArrayContains('not-array', 'x')", "{}");
        }
    }

    @Nested
    class ArrayRange {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                1, 9, 2          | [1, 3, 5, 7, 9]
                0, 10, 3         | [0, 3, 6, 9]
                0, 9, 3          | [0, 3, 6, 9]
                1, 9, 9          | [1]
                -2, 2, 2         | [-2, 0, 2]
                5, 1, -2         | [5, 3, 1]
                3, 3, -1         | [3]
                5, 1, 1          | []
                1, 5, -1         | []
                1.4, 5.6, 2.2    | [1, 3, 5]
                1.6, 1.4, 1      | [1]
                5.4, -0.6, -2.4  | [5, 3, 1]
                """)
        void countsFromFirstToLastInclusive(String arguments, String expected) {
            assertResult("States.ArrayRange(" + arguments + ")", expected);
        }

        @Test
        void allowsAThousandItemsAndNoMore() {
            JsonNode up = evaluate("States.ArrayRange(1, 1000, 1)");
            assertThat(up).hasSize(1000);
            assertThat(up.get(999).intValue()).isEqualTo(1000);
            assertThat(evaluate("States.ArrayRange(1000, 1, -1)")).hasSize(1000);
            assertInvalidArguments("States.ArrayRange(1, 1001, 1)", "{}");
            assertInvalidArguments("States.ArrayRange(1001, 1, -1)", "{}");
        }

        @Test
        void staysExactNearTheIntLimits() {
            assertResult("States.ArrayRange(-2000000000, 2000000000, 2000000000)", "[-2000000000, 0, 2000000000]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1, 10, 0", "1, 10, 0.49", "'a', 5, 1", "1, 'b', 1", "1, 5, 'c'", "1, 5, null"})
        void rejectsAZeroStepAndNonNumbers(String arguments) {
            assertInvalidArguments("States.ArrayRange(" + arguments + ")", "{}");
        }
    }

    @Nested
    class ArrayGetItem {
        @Test
        void returnsTheItemAtAZeroBasedIndex() {
            assertResult("States.ArrayGetItem($.inputArray, $.index)", "{inputArray: [1,2,3,4,5,6,7,8,9], index: 5}", "6");
            assertResult("States.ArrayGetItem($.a, 1)", "{a: [{a: 1}, {b: 2}]}", "{b: 2}");
            assertResult("States.ArrayGetItem(States.Array('x', 'y', 'z'), 1)", "'y'");
        }

        @Test
        void behavesAsAwsOnItsEdges() {
            assertResult("States.ArrayGetItem($.a, 1.2)", "{a: [10, 20, 30]}", "20");
            assertResult("States.ArrayGetItem($.a, 999)", "{a: []}", "null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"3", "-1", "'1'", "null"})
        void rejectsAnIndexOutsideTheArray(String index) {
            assertInvalidArguments("States.ArrayGetItem($.a, " + index + ")", "{a: [10, 20, 30]}");
        }

        @Test
        void rejectsANonArray() {
            assertInvalidArguments("States.ArrayGetItem('not-array', 0)", "{}");
        }
    }

    @Nested
    class ArrayLength {
        @Test
        void countsTopLevelItems() {
            assertResult("States.ArrayLength($.inputArray)", "{inputArray: [1,2,3,4,5,6,7,8,9]}", "9");
            assertResult("States.ArrayLength($.a)", "{a: [[1], {b: 2}]}", "2");
            assertResult("States.ArrayLength(States.Array())", "0");
        }

        @Test
        void rejectsANonArray() {
            assertInvalidArguments("States.ArrayLength('not-array')", "{}");
            assertInvalidArguments("States.ArrayLength($.obj)", "{obj: {k: 1}}");
        }
    }

    @Nested
    class ArrayUnique {
        @Test
        void removesDuplicates() {
            assertResult("States.ArrayUnique($.inputArray)", "{inputArray: [1,2,3,3,3,3,3,3,4]}", "[1,2,3,4]");
            assertResult("States.ArrayUnique($.a)", "{a: ['a', 'b', 'a', 'c', 'b']}", "['a', 'b', 'c']");
            assertResult("States.ArrayUnique($.a)", "{a: [null, null, 1, null]}", "[null, 1]");
            assertResult("States.ArrayUnique($.a)", "{a: [1, '1', 1, '01']}", "[1, '1', '01']");
            assertResult("States.ArrayUnique($.a)", "{a: [{a: 1, b: 2}, {b: 2, a: 1}]}", "[{a: 1, b: 2}]");
        }

        @Test
        void returnsTheOrderOfAwssJavaHashSet() {
            assertResult("States.ArrayUnique($.a)", "{a: [true, false, true, false]}", "[false, true]");
            assertResult("States.ArrayUnique($.a)", "{a: [[1, 2], [1, 2], [2, 1]]}", "[[2, 1], [1, 2]]");
        }

        @Test
        void rejectsANonArray() {
            assertInvalidArguments("States.ArrayUnique('not-array')", "{}");
        }
    }
}
