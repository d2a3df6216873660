package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsNotationTest {

    // Expected values are what node prints for String(n).
    @ParameterizedTest
    @CsvSource({
            "1.0, 1",
            "0.1, 0.1",
            "123.456, 123.456",
            "-0.5, -0.5",
            "1e20, 100000000000000000000",
            "1e21, 1e+21",
            "1.5e300, 1.5e+300",
            "0.000001, 0.000001",
            "1.5e-7, 1.5e-7",
            "5e-324, 5e-324",
            "-1e-7, -1e-7",
            "0.0, 0"})
    void doublesAreWrittenAsJavaScriptWritesThem(double value, String expected) {
        assertThat(JsNotation.number(value)).isEqualTo(expected);
    }

    @Test
    void integersAreWrittenWhole() {
        assertThat(JsNotation.number(5_000_000_000L)).isEqualTo("5000000000");
        assertThat(JsNotation.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void stringifyQuotesLikeJsonStringify() {
        assertThat(JsNotation.stringify("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
        assertThat(JsNotation.stringify(Jsonata.NULL_VALUE)).isEqualTo("null");
        assertThat(JsNotation.stringify(null)).isEqualTo("undefined");
        assertThat(JsNotation.stringify(Arrays.asList(1, null, "x"))).isEqualTo("[1,null,\"x\"]");
    }

    @Test
    void stringifyLeavesOutUndefinedMembers() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", null);
        map.put("b", 2);
        map.put("c", null);
        assertThat(JsNotation.stringify(map)).isEqualTo("{\"b\":2}");
    }
}
