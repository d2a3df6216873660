package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.assertResult;
import static io.stepline.expression.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFunctionsTest {

    @Nested
    class StringToJson {
        @Test
        void parsesEscapedJson() {
            assertResult("States.StringToJson($.escapedJsonString)", "{escapedJsonString: '{\"foo\": \"bar\"}'}", "{foo: 'bar'}");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                ``                        | null
                ` `                       | null
                null                      | null
                -0                        | 0
                1.1                       | 1.1
                true                      | true
                "HelloWorld"              | 'HelloWorld'
                [1, 2, "HelloWorld"]      | [1, 2, 'HelloWorld']
                ` {"a":1} `               | {a: 1}
                """)
        void parsesEveryJsonValueAndTreatsBlankAsNull(String text, String expected) {
            assertThat(Intrinsics.evaluate("States.StringToJson($.s)", Json.write(Json.NODES.objectNode().put("s", text))))
                    .isEqualTo(json(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"{s: '{bad json}'}", "{s: '{\"a\":1'}", "{s: 'undefined'}", "{s: 123}", "{s: {a: 1}}", "{s: [1]}"})
        void rejectsMalformedJsonAndNonStrings(String input) {
            assertInvalidArguments("States.StringToJson($.s)", input);
        }
    }

    @Nested
    class JsonToString {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                {unescapedJson: {foo: 'bar'}}          | {"foo":"bar"}
                {unescapedJson: 0}                     | 0
                {unescapedJson: [1, 2, 'HelloWorld']}  | [1,2,"HelloWorld"]
                {unescapedJson: {Arg1: 1, Arg2: []}}   | {"Arg1":1,"Arg2":[]}
                {unescapedJson: 'hello'}               | "hello"
                {unescapedJson: null}                  | null
                """)
        void writesCompactJson(String input, String expected) {
            assertThat(Intrinsics.evaluate("States.JsonToString($.unescapedJson)", input).textValue()).isEqualTo(expected);
        }

        @Test
        void writesALiteralStringAsJsonText() {
            assertThat(Intrinsics.evaluate("States.JsonToString('x')").textValue()).isEqualTo("\"x\"");
        }
    }

    @Nested
    class JsonMerge {
        @Test
        void mergesShallowlyWithTheSecondObjectWinning() {
            assertResult("States.JsonMerge($.json1, $.json2, false)",
                    "{json1: {a: {a1: 1, a2: 2}, b: 2}, json2: {a: {a3: 1, a4: 2}, c: 3}}",
                    "{a: {a3: 1, a4: 2}, b: 2, c: 3}");
            assertResult("States.JsonMerge($.a, $.b, false)", "{a: {nested: {left: true}, keep: 1}, b: {nested: null}}",
                    "{nested: null, keep: 1}");
        }

        @Test
        void leavesItsInputsUntouched() throws Exception {
            JsonNode input = json("{a: {x: 1}, b: {x: 2, y: 3}}");
            IntrinsicParser.parse("States.JsonMerge($.a, $.b, false)").evaluate(new TestScope(input, json("{}"), Map.of()));
            assertThat(input).isEqualTo(json("{a: {x: 1}, b: {x: 2, y: 3}}"));
        }

        @Test
        void mergesNestedCalls() {
            assertResult("States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), $$.Execution, false)",
                    "{}", "{constant_in_literal: 'false', Name: 'run-1'}");
        }

        @Test
        void treatsAnyThirdValueButTrueAsShallowAsAwsDoes() {
            assertResult("States.JsonMerge($.a, $.b, 'false')", "{a: {x: 1}, b: {y: 2}}", "{x: 1, y: 2}");
            assertInvalidArguments("States.JsonMerge($.a, $.b, true)", "{a: {x: 1}, b: {y: 2}}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{a: null, b: {}}", "{a: {}, b: null}", "{a: [], b: {}}", "{a: {}, b: 'x'}"})
        void rejectsNonObjects(String input) {
            assertInvalidArguments("States.JsonMerge($.a, $.b, false)", input);
        }
    }
}
