package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.evaluate;
import static io.stepline.expression.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StringFunctionsTest {

    @Nested
    class StringSplit {
        /** AWS's recorded results: every delimiter character splits, and empty pieces are dropped. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                1,2,3,4,5                  | ,     | ['1', '2', '3', '4', '5']
                This.is+a,test=string      | .+,=  | ['This', 'is', 'a', 'test', 'string']
                ` `                        | ,     | [' ']
                ` , `                      | ,     | [' ', ' ']
                `, , ,`                    | ,     | [' ', ' ']
                ,,,,                       | ,     | []
                a,,b                       | ,     | ['a', 'b']
                ``                         | ,     | []
                1a2b3ab4                   | ab    | ['1', '2', '3', '4']
                a.b.c                      | .     | ['a', 'b', 'c']
                """)
        void splitsOnEachDelimiterCharacter(String text, String delimiters, String expected) {
            String input = Json.write(Json.NODES.objectNode().put("s", text).put("d", delimiters));
            assertThat(evaluate("States.StringSplit($.s, $.d)", input)).isEqualTo(json(expected));
        }

        @Test
        void splitsOnControlCharacters() {
            assertThat(evaluate("States.StringSplit($.s, $.d)", "{s: 'split on T and \\nnew line', d: 'T\\n'}"))
                    .isEqualTo(json("['split on ', ' and ', 'new line']"));
            assertThat(evaluate("States.StringSplit($.s, ',')",
                    "{s: 'Value1,Value2,Value3\\nValue4,Value5,Value6\\n,,,\\ntrue,1,\\'HelloWorld\\'\\nNull,None,\\n   \\n'}"))
                    .isEqualTo(json("['Value1', 'Value2', 'Value3\\nValue4', 'Value5', 'Value6\\n', '\\ntrue', '1',"
                            + " \"'HelloWorld'\\nNull\", 'None', '\\n   \\n']"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"{s: 123, d: ','}", "{s: 'a,b', d: 1}", "{s: null, d: ','}", "{s: 'a,b', d: null}",
                "{s: false, d: ','}", "{s: 'a,b', d: [',']}"})
        void rejectsNonStrings(String input) {
            assertInvalidArguments("States.StringSplit($.s, $.d)", input);
        }
    }

    @Nested
    class Uuid {
        @Test
        void returnsARandomVersion4Uuid() {
            String first = evaluate("States.UUID()").textValue();
            String second = evaluate("States.UUID()").textValue();

            assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(second).isNotEqualTo(first);
        }
    }
}
