package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The converted input and variables are shared by every expression of a state, so no JSONata
 * operation may change them in place.
 */
class SharedValuesTest {
    private static final String INPUT = "{\"items\":[3,1,2],\"o\":{\"a\":null,\"b\":1},\"s\":[{\"k\":2},{\"k\":1}]}";

    @ParameterizedTest
    @ValueSource(strings = {
            "$sort($states.input.items)",
            "$reverse($states.input.items)",
            "$shuffle($states.input.items)",
            "$append($states.input.items, 4)",
            "$distinct($states.input.items)",
            "$states.input.o ~> |$|{'c': 1}, ['a']|",
            "$states.input ~> |s|{'k': 0}|",
            "$merge([$states.input.o, {'b': 2}])",
            "$spread($states.input.o)",
            "$sift($states.input.o, function($v) { $v = 1 })",
            "$states.input.s^(k)",
            "$states.input.s#$i[$i > 0]",
            "$states.input.s{'g': k}",
            "$x ~> |$|{'changed': true}|",
            "[$states.input.items, $x][0]"})
    void operationsLeaveTheSharedInputAndVariablesAlone(String expression) throws Exception {
        TestScope scope = TestScope.of(INPUT).with("x", "{\"keep\":[1]}");
        JsonataBindings bindings = scope.bindings();
        JsonataExpression.compile(expression).evaluate(bindings, "Output");
        assertThat(Json.write(JsonataExpression.compile("$states.input").evaluate(bindings, "Output"))).isEqualTo(INPUT);
        assertThat(Json.write(JsonataExpression.compile("$x").evaluate(bindings, "Output"))).isEqualTo("{\"keep\":[1]}");
    }
}
