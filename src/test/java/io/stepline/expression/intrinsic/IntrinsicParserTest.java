package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertResult;
import static io.stepline.expression.intrinsic.Intrinsics.evaluate;
import static io.stepline.expression.intrinsic.Intrinsics.json;
import static io.stepline.expression.intrinsic.Intrinsics.syntaxError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.stepline.expression.intrinsic.IntrinsicSyntaxException.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntrinsicParserTest {

    @Test
    void everyKindOfArgumentEvaluatesToItsValue() throws Exception {
        IntrinsicExpression expression = IntrinsicParser.parse(
                "States.Array('a', -1, 2.5, 1e2, true, false, null, $.x, $$.Execution.Name, $v.k, $v, States.Array())");
        TestScope scope = new TestScope(json("{x: {y: 1}}"), json("{Execution: {Name: 'run-1'}}"),
                Map.of("v", json("{k: 'var'}")));

        assertThat(expression.evaluate(scope)).isEqualTo(
                json("['a', -1, 2.5, 100.0, true, false, null, {y: 1}, 'run-1', 'var', {k: 'var'}, []]"));
    }

    @Test
    void keepsTheTextItWasParsedFrom() throws Exception {
        String text = "States.Format('{}', $.a)";
        assertThat(IntrinsicParser.parse(text).text()).isEqualTo(text);
    }

    @Test
    void whitespaceMaySeparateTokens() {
        assertResult("States.Array( $.a ,\t$.b\n)", "{a: 1, b: 2}", "[1, 2]");
        assertThat(evaluate("States.UUID( )").textValue()).hasSize(36);
    }

    @Test
    void literalsKeepEveryCharacterButTheFourEscapes() {
        // Intrinsic text: States.Array('it\'s \{\} \\ "q"', 'line
        // break')  — a raw newline inside quotes is just a character.
        assertThat(evaluate("States.Array('it\\'s \\{\\} \\\\ \"q\"', 'line\nbreak')"))
                .isEqualTo(json("[\"it's {} \\\\ \\\"q\\\"\", 'line\\nbreak']"));
        assertThat(evaluate("States.JsonToString('')")).isEqualTo(TextNode.valueOf("\"\""));
    }

    @Test
    void pathsRunToTheNextTopLevelCommaOrParenthesis() {
        assertResult("States.ArrayLength($.items[?(@.n > 1)])", "{items: [{n: 1}, {n: 2}, {n: 3}]}", "2");
        assertResult("States.Array($['a,b'], $.c[0])", "{'a,b': 'v', c: [7]}", "['v', 7]");
    }

    @Test
    void callsNest() {
        assertResult("States.ArrayGetItem(States.StringSplit($.arn, ':'), States.MathAdd(States.ArrayLength("
                + "States.StringSplit($.arn, ':')), -1))", "{arn: 'arn:aws:states:eu-west-1:1:stateMachine:demo'}", "'demo'");
    }

    @Test
    void recognisesIntrinsicsByTheirPrefix() {
        assertThat(IntrinsicParser.isIntrinsic("States.UUID()")).isTrue();
        assertThat(IntrinsicParser.isIntrinsic("$.States")).isFalse();
    }

    @Test
    void anUnknownFunctionIsReportedAtItsName() {
        IntrinsicSyntaxException error = syntaxError("States.Array(States.Nope(1))");

        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_FUNCTION);
        assertThat(error.offset()).isEqualTo(13);
        assertThat(error.getMessage()).isEqualTo("unknown intrinsic function 'States.Nope'");
        assertThat(syntaxError("States.format('x')").getMessage())
                .isEqualTo("unknown intrinsic function 'States.format'; did you mean 'States.Format'?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            States.ArrayRange(1, 2)            | States.ArrayRange takes 3 arguments, got 2
            States.MathRandom(1)               | States.MathRandom takes 2 or 3 arguments, got 1
            States.MathRandom(1, 2, 3, 4)      | States.MathRandom takes 2 or 3 arguments, got 4
            States.Format()                    | States.Format takes at least 1 argument, got 0
            States.ArrayLength()               | States.ArrayLength takes 1 argument, got 0
            States.JsonMerge($.a, $.b)         | States.JsonMerge takes 3 arguments, got 2
            """)
    void aWrongNumberOfArgumentsIsReportedAtTheCall(String text, String message) {
        IntrinsicSyntaxException error = syntaxError(text);

        assertThat(error.kind()).isEqualTo(Kind.WRONG_ARITY);
        assertThat(error.offset()).isZero();
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.text()).isEqualTo(text);
    }

    @Test
    void uuidTakesAndIgnoresAnyArgumentsAsAwsDoes() {
        assertThat(evaluate("States.UUID('x', $.missing, 3)").textValue()).hasSize(36);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $.a                          | 0  | an intrinsic function call starts with 'States.'
            States.                      | 7  | expected a function name after 'States.', found the end of the text
            States.UUID)                 | 11 | expected '(' after States.UUID, found ')'
            States.Array(                | 13 | expected argument 1 of States.Array, found the end of the text
            States.Array($.a             | 0  | States.Array( is missing its closing ')'
            States.Array(1 2)            | 15 | expected ',' or ')' after argument 1 of States.Array, found '2'
            States.Array($.a) trailing   | 18 | unexpected 't' after the closing ')' of States.Array
            States.Array([1,2])          | 13 | unexpected '[' where argument 1 of States.Array should be
            States.Array(1,)             | 15 | argument 2 of States.Array is missing
            States.Array(,)              | 13 | argument 1 of States.Array is missing
            States.Array(1.)             | 13 | a '.' in a number must be followed by digits
            States.Array(01)             | 13 | a number cannot start with 0 (01)
            States.Array(-)              | 13 | '-' must be followed by digits
            States.Array(1e)             | 13 | an exponent in a number must have digits
            States.Array(12abc)          | 13 | invalid number '12a'
            States.Array(1e999)          | 13 | the number 1e999 is too large
            States.Array('abc)           | 13 | unterminated string: no closing quote for the ' at offset 13
            States.Array(foo)            | 13 | "unexpected 'foo': an argument is a quoted 'string', a number, true, false, null, a path starting with '$' or a States.* call"
            States.Array($['a)           | 13 | unterminated path '$['a)': a quote or bracket is never closed
            """)
    void malformedTextIsReportedWhereItGoesWrong(String text, int offset, String message) {
        IntrinsicSyntaxException error = syntaxError(text);

        assertThat(error.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.offset()).isEqualTo(offset);
    }

    @Test
    void onlyTheFourDocumentedEscapesExist() {
        // Intrinsic text: States.Array('a\nb') with a backslash and an n.
        IntrinsicSyntaxException error = syntaxError("States.Array('a\\nb')");

        assertThat(error.offset()).isEqualTo(15);
        assertThat(error.getMessage()).isEqualTo("invalid escape '\\n' in a string; only \\', \\{, \\} and \\\\ are"
                + " escapes (write \\\\ for a backslash)");
    }

    @Test
    void aPathIsCompiledWhenTheCallIsParsed() {
        IntrinsicSyntaxException invalid = syntaxError("States.Array($.a[?(@.b == )])");
        assertThat(invalid.offset()).isEqualTo(13);
        assertThat(invalid.getMessage()).startsWith("invalid path '$.a[?(@.b == )]':");

        IntrinsicSyntaxException unbalanced = syntaxError("States.Array($.a[?(@.b ==]))");
        assertThat(unbalanced.offset()).isEqualTo(25);
        assertThat(unbalanced.getMessage()).isEqualTo("']' in path '$.a[?(@.b ==]' does not close its '('");
    }
}
