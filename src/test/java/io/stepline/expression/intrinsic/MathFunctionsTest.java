package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.assertResult;
import static io.stepline.expression.intrinsic.Intrinsics.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MathFunctionsTest {

    @Nested
    class MathAdd {
        @Test
        void addsIntegers() {
            assertResult("States.MathAdd($.value1, $.step)", "{value1: 111, step: -1}", "110");
            assertResult("States.MathAdd(-9, 3)", "-6");
            assertResult("States.MathAdd(2147483646, 1)", "2147483647");
            assertResult("States.MathAdd(-2147483647, -1)", "-2147483648");
        }

        /** AWS's recorded sums: each operand is rounded half up first, as Java's Math.round does. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                1.49, 1.5    | 3
                1.5, 1.51    | 4
                -1.49, -1.5  | -2
                1.49, -1.49  | 0
                0.5, 0       | 1
                -0.5, 0.5    | 1
                2.5, 0       | 3
                -2.5, 0      | -2
                1.6, 2.7     | 5
                0.1, 0.2     | 0
                """)
        void roundsDecimalsHalfUpBeforeAdding(String operands, String sum) {
            assertResult("States.MathAdd(" + operands + ")", sum);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2147483647, 1", "-2147483648, -1", "3000000000, 1", "-3000000000, 1",
                "'a', 1", "1, 'b'", "null, 1", "true, 1", "'2', true", "'1.5', 2"})
        void rejectsNonIntegersAndIntOverflow(String operands) {
            assertInvalidArguments("States.MathAdd(" + operands + ")", "{}");
        }
    }

    @Nested
    class MathRandom {
        @Test
        void returnsAnIntFromStartUpToButExcludingEnd() {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                int value = evaluate("States.MathRandom(1, 4)").intValue();
                assertThat(value).isBetween(1, 3);
                seen.add(value);
            }
            assertThat(seen).containsExactlyInAnyOrder(1, 2, 3);
        }

        @Test
        void truncatesFractionalBounds() {
            for (int i = 0; i < 200; i++) {
                assertThat(evaluate("States.MathRandom(1.6, 5.4)").intValue()).isBetween(1, 4);
            }
            assertInvalidArguments("States.MathRandom(1.4, 1.6)", "{}");
        }

        @Test
        void aSeedGivesJavaUtilRandomsNumber() {
            // AWS returned -5 for this call.
            assertResult("States.MathRandom(-5, 5, 42)", "-5");
            assertThat(evaluate("States.MathRandom(1, 1000, 7)")).isEqualTo(evaluate("States.MathRandom(1, 1000, 7)"));
            assertThat(evaluate("States.MathRandom($.start, $.end, $.seed)", "{start: 2147483640, end: 2147483647, seed: 1}")
                    .intValue()).isBetween(2147483640, 2147483646);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1, 1", "10, 5", "1.49, 1.49", "'a', 10", "1, 'b'", "1, 10, 'seed'", "1, 10, null",
                "null, 10", "-2147483648, 2147483647"})
        void rejectsAnEmptyRangeAndNonNumbers(String arguments) {
            assertInvalidArguments("States.MathRandom(" + arguments + ")", "{}");
        }
    }
}
