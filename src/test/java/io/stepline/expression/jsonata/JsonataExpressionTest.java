package io.stepline.expression.jsonata;

import static io.stepline.expression.jsonata.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {

    private static JsonNode eval(String expression, TestScope scope) throws JsonataEvaluationException {
        return JsonataExpression.compile(expression).evaluate(scope.bindings(), "Output");
    }

    @Test
    void readsTheStateInputAndKeepsIntegersWhole() throws Exception {
        JsonNode value = eval("$states.input.a", TestScope.of("{\"a\":1}"));
        assertThat(value.isInt()).isTrue();
        assertThat(Json.write(value)).isEqualTo("1");
    }

    @Test
    void computedWholeNumbersAreIntegers() throws Exception {
        assertThat(Json.write(eval("$states.input.a * 2 + 10 / 2", TestScope.of("{\"a\":1.5}")))).isEqualTo("8");
    }

    @Test
    void returnsTheInputUnchangedIncludingKeyOrderNullsAndBigNumbers() throws Exception {
        String input = "{\"z\":null,\"a\":[1,2.5,{\"b\":123456789012345678901234567890}]}";
        assertThat(Json.write(eval("$states.input", TestScope.of(input)))).isEqualTo(input);
    }

    @Test
    void jsonNullIsAValueNotNothing() throws Exception {
        assertThat(eval("$states.input.n", TestScope.of("{\"n\":null}")).isNull()).isTrue();
        assertThat(Json.write(eval("$exists($states.input.n)", TestScope.of("{\"n\":null}")))).isEqualTo("true");
    }

    @Test
    void nothingIsAnErrorWithAwsMessage() {
        assertThatThrownBy(() -> JsonataExpression.compile("$states.input.absent")
                .evaluate(TestScope.of("{}").bindings(), "Output/result"))
                .isInstanceOfSatisfying(JsonataEvaluationException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
                    assertThat(e.location()).isEqualTo("Output/result");
                    assertThat(e.getMessage()).isEqualTo("The JSONata expression '$states.input.absent' specified"
                            + " for the field 'Output/result' returned nothing (undefined).");
                });
    }

    @Test
    void theContextItemIsUndefined() throws Exception {
        assertThat(Json.write(eval("$exists($)", TestScope.of("{\"a\":1}")))).isEqualTo("false");
        assertThat(Json.write(eval("$exists(a)", TestScope.of("{\"a\":1}")))).isEqualTo("false");
    }

    @Test
    void variablesAreBoundByName() throws Exception {
        TestScope scope = TestScope.of("{}").with("total", "40").with("items", "[1,2]");
        assertThat(Json.write(eval("$total + $count($items)", scope))).isEqualTo("42");
        assertThatThrownBy(() -> eval("$missing", scope)).hasMessageContaining("returned nothing (undefined)");
    }

    @Test
    void eachVariableIsConvertedOnceForAllExpressionsOfAState() throws Exception {
        TestScope scope = TestScope.of("{}").with("x", "{\"a\":1}");
        JsonataBindings bindings = scope.bindings();
        JsonataExpression.compile("$x.a").evaluate(bindings, "Output");
        JsonataExpression.compile("$x").evaluate(bindings.withResult(json("{}")), "Output");
        assertThat(scope.variableReads.get("x")).hasValue(1);
    }

    @Test
    void resultAndErrorOutputAreThereOnlyWhenGiven() throws Exception {
        JsonataBindings bindings = TestScope.of("{\"in\":1}").bindings();
        JsonataExpression expression = JsonataExpression.compile("[$exists($states.result), $exists($states.errorOutput)]");
        assertThat(Json.write(expression.evaluate(bindings, "Output"))).isEqualTo("[false,false]");
        JsonataBindings withResult = bindings.withResult(json("{\"r\":2}"));
        assertThat(Json.write(expression.evaluate(withResult, "Output"))).isEqualTo("[true,false]");
        JsonataBindings both = withResult.withErrorOutput(json("{\"Error\":\"E\"}"));
        assertThat(Json.write(expression.evaluate(both, "Output"))).isEqualTo("[true,true]");
        assertThat(Json.write(JsonataExpression.compile("$states.result.r + $states.input.in").evaluate(both, "Output")))
                .isEqualTo("3");
    }

    @Test
    void theContextIsBuiltOnlyWhenAnExpressionReadsIt() throws Exception {
        TestScope scope = TestScope.of("{\"a\":1}");
        JsonataBindings bindings = scope.bindings();
        JsonataExpression.compile("$states.input.a").evaluate(bindings, "Output");
        JsonataExpression.compile("$keys($states.input)").evaluate(bindings, "Output");
        assertThat(scope.contextReads).hasValue(0);

        JsonataExpression readsContext = JsonataExpression.compile("$states.context.Execution.Id");
        assertThat(readsContext.evaluate(bindings, "Output").textValue()).isEqualTo("arn:aws:states:execution:1");
        readsContext.evaluate(bindings.withResult(json("1")), "Output");
        assertThat(scope.contextReads).hasValue(1);
    }

    @Test
    void evalIsDisabledAsOnAws() {
        assertThatThrownBy(() -> eval("$eval(\"1+1\")", TestScope.of("{}")))
                .hasMessage("The JSONata expression '$eval(\"1+1\")' specified for the field 'Output' threw an error"
                        + " during evaluation. T1006: Attempted to invoke a non-function");
    }

    @Test
    void callingAnUnknownFunctionFailsWithTheRecordedMessage() {
        // Recorded against AWS (LocalStack snapshot test_math_random_seeded).
        assertThatThrownBy(() -> JsonataExpression.compile("$randomSeeded($states.input.FunctionInput.fst)")
                .evaluate(TestScope.of("{\"FunctionInput\":\"fst\"}").bindings(), "Output/FunctionResult"))
                .hasMessage("The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the"
                        + " field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke"
                        + " a non-function");
    }

    @Test
    void aFunctionIsNotAResult() {
        assertThatThrownBy(() -> eval("$sum", TestScope.of("{}")))
                .hasMessage("The JSONata expression '$sum' specified for the field 'Output' returned an unsupported result type.");
    }

    @Test
    void surroundingWhitespaceIsNotPartOfTheExpression() {
        assertThat(JsonataExpression.compile("  $states.input \n").text()).isEqualTo("$states.input");
    }

    @Test
    void aSyntaxErrorNamesCodeAndPosition() {
        assertThatThrownBy(() -> JsonataExpression.compile("a[1,2)"))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.code()).isEqualTo("S0202");
                    assertThat(e.getMessage()).isEqualTo("Expected \"]\", got \",\"");
                    assertThat(e.position()).isEqualTo(4);
                    assertThat(e.expression()).isEqualTo("a[1,2)");
                });
    }

    @Test
    void nowIsOneInstantPerEvaluation() throws Exception {
        JsonNode pair = eval("[$now(), $now(), $millis()]", TestScope.of("{}"));
        assertThat(pair.get(0)).isEqualTo(pair.get(1));
        assertThat(java.time.Instant.parse(pair.get(0).textValue()).toEpochMilli()).isEqualTo(pair.get(2).longValue());
    }

    @Test
    void theClockFunctionsCheckTheirArguments() {
        assertThatThrownBy(() -> eval("$now(1)", TestScope.of("{}")))
                .hasMessageEndingWith("T0410: Argument 1 of function \"now\" does not match function signature");
        assertThatThrownBy(() -> eval("$millis('x')", TestScope.of("{}")))
                .hasMessageEndingWith("T0410: Argument 1 of function \"millis\" does not match function signature");
    }

    @Test
    void millisIsTheTimeOfEachEvaluationEvenOnAnotherThread() throws Exception {
        // dashjoin's own $millis() answers the time of an earlier evaluation on a thread that did
        // not compile the expression.
        JsonataExpression millis = JsonataExpression.compile("$millis()");
        JsonataExpression.compile("1"); // the last expression compiled on this thread is another one
        long[] seen = new long[2];
        Thread worker = new Thread(() -> {
            try {
                seen[0] = millis.evaluate(TestScope.of("{}").bindings(), "Output").longValue();
                Thread.sleep(30);
                seen[1] = millis.evaluate(TestScope.of("{}").bindings(), "Output").longValue();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        worker.start();
        worker.join();
        assertThat(seen[1] - seen[0]).isGreaterThanOrEqualTo(30);
        assertThat(eval("$now('[Y0001]')", TestScope.of("{}")).textValue()).matches("\\d{4}");
    }
}
