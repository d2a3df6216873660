package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatFunctionTest {

    private static String format(String call, String input) {
        return evaluate(call, input).textValue();
    }

    @Test
    void replacesEachPlaceholderWithTheNextValue() {
        String input = "{name: 'Arnav', template: 'Hello, my name is {}.'}";
        assertThat(format("States.Format('Hello, my name is {}.', $.name)", input)).isEqualTo("Hello, my name is Arnav.");
        assertThat(format("States.Format($.template, $.name)", input)).isEqualTo("Hello, my name is Arnav.");
        assertThat(format("States.Format('Your name is {}, we are in the year {}', $.name, 2020)", "{name: 'Foo'}"))
                .isEqualTo("Your name is Foo, we are in the year 2020");
        assertThat(format("States.Format('no placeholders')", "{}")).isEqualTo("no placeholders");
    }

    /** How AWS printed each value in runs recorded against it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {v: ''}                             | Formatting argument .
            {v: ' '}                            | Formatting argument  .
            {v: null}                           | Formatting argument null.
            {v: 1}                              | Formatting argument 1.
            {v: 1.1}                            | Formatting argument 1.1.
            {v: '{"Arg1": 1, "Arg2": []}'}      | Formatting argument {"Arg1": 1, "Arg2": []}.
            {v: {Arg1: 1, Arg2: []}}            | Formatting argument {Arg1=1, Arg2=[]}.
            {v: {Id: 'arn', Name: 'n'}}         | Formatting argument {Id=arn, Name=n}.
            {v: ['a', [1, true], {k: null}]}    | Formatting argument [a, [1, true], {k=null}].
            """)
    void printsValuesAsAwsDoes(String input, String expected) {
        assertThat(format("States.Format('Formatting argument {}.', $.v)", input)).isEqualTo(expected);
    }

    @Test
    void printsScalarsTheJavaWay() {
        assertThat(format("States.Format('{}|{}|{}|{}|{}', $.nil, $.bool, $.negative, $.fractional, $.huge)",
                "{nil: null, bool: false, negative: -1, fractional: 3.5, huge: 9007199254740991}"))
                .isEqualTo("null|false|-1|3.5|9007199254740991");
        assertThat(format("States.Format('{}', 1e20)", "{}")).isEqualTo("1.0E20");
    }

    @Test
    void escapedBracesAreNotPlaceholders() {
        // Intrinsic text: States.Format('\{\} is not {}, \'{}\'', 'a', 'b')
        assertThat(format("States.Format('\\{\\} is not {}, \\'{}\\'', 'a', 'b')", "{}")).isEqualTo("{} is not a, 'b'");
        assertThat(format("States.Format($.t, 'x')", "{t: 'a \\\\{\\\\} {}'}")).isEqualTo("a {} x");
    }

    @Test
    void composesWithOtherFunctions() {
        assertThat(format("States.Format('arn:{}:{}', $.svc, States.JsonToString($.obj))", "{svc: 'lambda', obj: {k: 1}}"))
                .isEqualTo("arn:lambda:{\"k\":1}");
        assertThat(format("States.Format('{}', States.UUID())", "{}")).hasSize(36);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'{} {}', $.a", "'{}', $.a, $.a", "'Hello {', $.a", "'Hello {{}}', $.a", "'}'",
            "$.number, $.a", "$.broken, $.a"})
    void rejectsMismatchedPlaceholdersAndBrokenTemplates(String arguments) {
        assertInvalidArguments("States.Format(" + arguments + ")", "{a: 'x', number: 123, broken: '{ }'}");
    }
}
