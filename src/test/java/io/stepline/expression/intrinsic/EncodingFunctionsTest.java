package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingFunctionsTest {

    private static String call(String function, String text) {
        String input = Json.write(Json.NODES.objectNode().put("s", text));
        return Intrinsics.evaluate(function + "($.s)", input).textValue();
    }

    @Nested
    class Base64Encode {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                Data to encode  | RGF0YSB0byBlbmNvZGU=
                ``              | ``
                ` `             | IA==
                ✓               | 4pyT
                こんにちは       | 44GT44KT44Gr44Gh44Gv
                🚀              | 8J+agA==
                """)
        void encodesTheUtf8Bytes(String text, String expected) {
            assertThat(call("States.Base64Encode", text)).isEqualTo(expected);
        }

        @Test
        void acceptsUpToTenThousandCharacters() {
            assertThat(call("States.Base64Encode", "a".repeat(10_000))).hasSize(13_336);
            assertInvalidArguments("States.Base64Encode($.s)", "{s: '" + "a".repeat(10_001) + "'}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{s: 123}", "{s: {}}", "{s: ['x']}", "{s: null}"})
        void rejectsNonStrings(String input) {
            assertInvalidArguments("States.Base64Encode($.s)", input);
        }
    }

    @Nested
    class Base64Decode {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                RGF0YSB0byBlbmNvZGU=  | Data to encode
                ``                    | ``
                4pyT                  | ✓
                44GT44KT44Gr44Gh44Gv  | こんにちは
                YWJjZA==              | abcd
                """)
        void decodesToUtf8Text(String base64, String expected) {
            assertThat(call("States.Base64Decode", base64)).isEqualTo(expected);
        }

        @Test
        void isAsLenientAsAws() {
            assertThat(call("States.Base64Decode", " YWJjZA== ")).isEqualTo("abcd");
            assertThat(call("States.Base64Decode", "YWJj\nZA==")).isEqualTo("abcd");
            assertThat(call("States.Base64Decode", "ab==cd")).isEqualTo("i");
            assertThat(call("States.Base64Decode", "YWJjZA")).isEqualTo("abcd");
            assertThat(call("States.Base64Decode", "YW_-")).isEqualTo(call("States.Base64Decode", "YW/+"));
        }

        @Test
        void acceptsUpToTenThousandCharacters() {
            assertThat(call("States.Base64Decode", "A".repeat(10_000))).hasSize(7_500);
            assertInvalidArguments("States.Base64Decode($.s)", "{s: '" + "A".repeat(10_001) + "'}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{s: 123}", "{s: {}}"})
        void rejectsNonStrings(String input) {
            assertInvalidArguments("States.Base64Decode($.s)", input);
        }
    }
}
