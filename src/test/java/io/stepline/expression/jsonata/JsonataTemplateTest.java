package io.stepline.expression.jsonata;

import static io.stepline.expression.jsonata.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import org.junit.jupiter.api.Test;

class JsonataTemplateTest {

    private static String eval(String template, String input) throws JsonataEvaluationException {
        return Json.write(JsonataTemplate.compile(json(template)).evaluate(TestScope.of(input).bindings(), "Output"));
    }

    @Test
    void onlyAStringThatIsExactlyAnExpressionIsEvaluated() throws Exception {
        String template = "{\"e\":\"{% $states.input.a %}\",\"tight\":\"{%$states.input.a%}\","
                + "\"spaced\":\" {% $states.input.a %} \",\"path\":\"$states.input\",\"jsonPath.$\":\"$.a\","
                + "\"half\":\"{% $states.input.a\"}";
        assertThat(eval(template, "{\"a\":7}")).isEqualTo("{\"e\":7,\"tight\":7,\"spaced\":\" {% $states.input.a %} \","
                + "\"path\":\"$states.input\",\"jsonPath.$\":\"$.a\",\"half\":\"{% $states.input.a\"}");
    }

    @Test
    void objectsAndArraysAreWalkedToAnyDepthKeepingOrder() throws Exception {
        String template = "{\"z\":[1,{\"deep\":[\"{% $states.input.a + 1 %}\",null]}],\"a\":{\"b\":\"{% $states.input %}\"}}";
        assertThat(eval(template, "{\"a\":1}")).isEqualTo("{\"z\":[1,{\"deep\":[2,null]}],\"a\":{\"b\":{\"a\":1}}}");
    }

    @Test
    void aWholeTemplateMayBeOneExpressionOfAnyType() throws Exception {
        assertThat(eval("\"{% [1, 'two', true, null] %}\"", "{}")).isEqualTo("[1,\"two\",true,null]");
        assertThat(eval("42", "{}")).isEqualTo("42");
    }

    @Test
    void anUndefinedNestedValueNamesItsFieldPath() {
        assertThatThrownBy(() -> JsonataTemplate.compile(json("{\"a\":{\"b\":[\"x\",\"{% $nothing %}\"]}}"))
                .evaluate(TestScope.of("{}").bindings(), "Output"))
                .isInstanceOfSatisfying(JsonataEvaluationException.class, e -> {
                    assertThat(e.location()).isEqualTo("Output/a/b[1]");
                    assertThat(e.getMessage()).isEqualTo("The JSONata expression '$nothing' specified for the field"
                            + " 'Output/a/b[1]' returned nothing (undefined).");
                });
    }

    @Test
    void assignValuesAreNamedUnderAssign() {
        // Recorded: BASE_UNDEFINED_ASSIGN. The runtime evaluates each Assign value at Assign/<name>.
        assertThatThrownBy(() -> JsonataTemplate.compile(json("\"{% $doesNotExist %}\""))
                .evaluate(TestScope.of("{}").bindings(), "Assign/result"))
                .hasMessage("The JSONata expression '$doesNotExist' specified for the field 'Assign/result'"
                        + " returned nothing (undefined).");
    }

    @Test
    void literalsAreHandedOutAsCopies() throws Exception {
        JsonataTemplate template = JsonataTemplate.compile(json("{\"fixed\":{\"k\":1}}"));
        JsonataBindings bindings = TestScope.of("{}").bindings();
        ((ObjectNode) template.evaluate(bindings, "Output")).put("changed", true);
        assertThat(Json.write(template.evaluate(bindings, "Output"))).isEqualTo("{\"fixed\":{\"k\":1}}");
        assertThat(template.isLiteral()).isTrue();
    }

    @Test
    void theTemplateIsIndependentOfTheNodeItWasCompiledFrom() throws Exception {
        ObjectNode source = (ObjectNode) json("{\"k\":\"{% 1 %}\",\"l\":2}");
        JsonataTemplate template = JsonataTemplate.compile(source);
        source.put("l", 3);
        assertThat(Json.write(template.evaluate(TestScope.of("{}").bindings(), "Output"))).isEqualTo("{\"k\":1,\"l\":2}");
    }

    @Test
    void aSingleExpressionTemplateExposesItsExpression() {
        assertThat(JsonataTemplate.compile(json("\"{% $x %}\"")).expression()).get()
                .extracting(JsonataExpression::text).isEqualTo("$x");
        assertThat(JsonataTemplate.compile(json("[\"{% $x %}\"]")).expression()).isEmpty();
    }

    @Test
    void aSyntaxErrorSaysWhereInTheTemplateItIs() {
        JsonNode template = json("{\"top-level\":{\"array\":[{\"child-1\":\"{% 10 + * 2 %}\"}]}}");
        assertThatThrownBy(() -> JsonataTemplate.compile(template))
                .isInstanceOfSatisfying(JsonataSyntaxException.class, e -> {
                    assertThat(e.path()).isEqualTo("/top-level/array[0]/child-1");
                    assertThat(e.code()).isEqualTo("S0201");
                    assertThat(e.expression()).isEqualTo("10 + * 2");
                });
    }
}
