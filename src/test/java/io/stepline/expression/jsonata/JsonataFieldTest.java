package io.stepline.expression.jsonata;

import static io.stepline.expression.jsonata.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonataFieldTest {
    private static final long MAX_SECONDS = 99_999_999;

    private static JsonataField field(String name, String valueJson) {
        return JsonataField.compile(name, json(valueJson));
    }

    // Recorded against AWS: MAP_STATE_ITEMS_LITERAL and MAP_STATE_ITEMS_VARIABLE.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{% null %}           | The JSONata expression 'null' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'null' for value: null",
            "{% 1 %}              | The JSONata expression '1' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1",
            "{% {'foo': 'bar'} %} | The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}",
            "{% 'string' %}       | The JSONata expression ''string'' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'string' for value: \"string\"",
            "{% $ItemsVar %}      | The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'boolean' for value: true"})
    void itemsMustBeAnArray(String items, String message) {
        JsonataField field = JsonataField.compile("Items", com.fasterxml.jackson.databind.node.TextNode.valueOf(items));
        TestScope scope = TestScope.of("{}").with("ItemsVar", "true");
        assertThatThrownBy(() -> field.array(scope.bindings()))
                .isInstanceOfSatisfying(JsonataEvaluationException.class, e -> {
                    assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
                    assertThat(e.location()).isEqualTo("Items");
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void itemsMayBeALiteralArrayWithExpressionsInside() throws Exception {
        JsonataField field = field("Items", "[1, \"{% $states.input.b %}\"]");
        assertThat(field.array(TestScope.of("{\"b\":2}").bindings()).toString()).isEqualTo("[1,2]");
    }

    @Test
    void aConditionIsABoolean() throws Exception {
        JsonataField field = field("Choices[0]/Condition", "\"{% $states.input.ok %}\"");
        assertThat(field.condition(TestScope.of("{\"ok\":true}").bindings())).isTrue();
        assertThat(field.condition(TestScope.of("{\"ok\":false}").bindings())).isFalse();
        assertThat(field("Choices[0]/Condition", "true").condition(TestScope.of("{}").bindings())).isTrue();
        assertThatThrownBy(() -> field.condition(TestScope.of("{\"ok\":\"yes\"}").bindings()))
                .hasMessage("The JSONata expression '$states.input.ok' specified for the field 'Choices[0]/Condition'"
                        + " returned an unexpected result type. Expected 'boolean', but was 'string' for value: \"yes\"");
    }

    @Test
    void anErrorOrCauseIsAString() throws Exception {
        JsonataField cause = field("Cause", "\"{% 'failed: ' & $states.input.why %}\"");
        assertThat(cause.string(TestScope.of("{\"why\":\"disk\"}").bindings())).isEqualTo("failed: disk");
        assertThatThrownBy(() -> field("Error", "\"{% 42 %}\"").string(TestScope.of("{}").bindings()))
                .hasMessageContaining("Expected 'string', but was 'number' for value: 42");
    }

    @Test
    void secondsAreAWholeNumberInRange() throws Exception {
        JsonataField seconds = field("TimeoutSeconds", "\"{% $states.input.t %}\"");
        assertThat(seconds.integer(TestScope.of("{\"t\":30}").bindings(), 1, MAX_SECONDS)).isEqualTo(30);
        assertThat(seconds.integer(TestScope.of("{\"t\":2.0}").bindings(), 1, MAX_SECONDS)).isEqualTo(2);
        assertThatThrownBy(() -> seconds.integer(TestScope.of("{\"t\":\"30\"}").bindings(), 1, MAX_SECONDS))
                .hasMessageContaining("Expected 'number', but was 'string' for value: \"30\"");
        assertThatThrownBy(() -> seconds.integer(TestScope.of("{\"t\":1.5}").bindings(), 1, MAX_SECONDS))
                .hasMessage("The TimeoutSeconds field cannot be parsed as a long value: 1.5");
        assertThatThrownBy(() -> seconds.integer(TestScope.of("{\"t\":0}").bindings(), 1, MAX_SECONDS))
                .hasMessage("The TimeoutSeconds field must be an integer between 1 and 99999999 but was: 0");
        assertThatThrownBy(() -> seconds.integer(TestScope.of("{\"t\":1e30}").bindings(), 1, MAX_SECONDS))
                .hasMessageContaining("must be an integer between");
    }

    @Test
    void aPercentageIsANumberInRange() throws Exception {
        JsonataField percentage = field("ToleratedFailurePercentage", "\"{% $states.input.p %}\"");
        assertThat(percentage.number(TestScope.of("{\"p\":12.5}").bindings(), 0, 100)).isEqualTo(12.5);
        assertThatThrownBy(() -> percentage.number(TestScope.of("{\"p\":101}").bindings(), 0, 100))
                .hasMessage("The ToleratedFailurePercentage field must be a number between 0 and 100 but was: 101");
    }

    @Test
    void aTimestampIsAnIsoOffsetDateTime() throws Exception {
        JsonataField timestamp = field("Timestamp", "\"{% $states.input.TimestampValue %}\"");
        assertThat(timestamp.timestamp(TestScope.of("{\"TimestampValue\":\"2016-03-14T01:59:00Z\"}").bindings()))
                .isEqualTo(OffsetDateTime.parse("2016-03-14T01:59:00Z"));
        // Recorded: test_wait_timestamp_jsonata[INVALID_DATE].
        assertThatThrownBy(() -> timestamp.timestamp(TestScope.of("{\"TimestampValue\":\"2016-13-05T21:29:29Z\"}").bindings()))
                .hasMessage("The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
                        + " string: 2016-13-05T21:29:29Z");
    }
}
