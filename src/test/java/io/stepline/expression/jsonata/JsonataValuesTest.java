package io.stepline.expression.jsonata;

import static io.stepline.expression.jsonata.TestScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.stepline.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataValuesTest {

    @Test
    void numbersKeepTheirKind() {
        assertThat(JsonataValues.toJava(json("1"))).isEqualTo(1);
        assertThat(JsonataValues.toJava(json("5000000000"))).isEqualTo(5_000_000_000L);
        assertThat(JsonataValues.toJava(json("123456789012345678901234567890")))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(JsonataValues.toJava(json("1.5"))).isEqualTo(1.5);
    }

    @Test
    void jsonNullIsTheEnginesNullAndMissingIsUndefined() {
        assertThat(JsonataValues.toJava(json("null"))).isSameAs(Jsonata.NULL_VALUE);
        assertThat(JsonataValues.toJava(MissingNode.getInstance())).isNull();
        assertThat(JsonataValues.toJava(null)).isNull();
    }

    @Test
    void objectsKeepTheirKeyOrder() {
        Object map = JsonataValues.toJava(json("{\"z\":1,\"a\":2,\"m\":3}"));
        assertThat(List.copyOf(((Map<?, ?>) map).keySet())).isEqualTo(List.of("z", "a", "m"));
    }

    @Test
    void aDocumentSurvivesTheRoundTripExactly() throws Exception {
        String text = "{\"z\":1,\"a\":null,\"big\":123456789012345678901234567890,\"long\":5000000000,"
                + "\"d\":0.1,\"one\":1.0,\"list\":[true,\"s\",{\"k\":[]},null],\"empty\":{}}";
        assertThat(Json.write(JsonataValues.toJson(JsonataValues.toJava(json(text))))).isEqualTo(text);
    }

    @Test
    void undefinedObjectMembersAreDroppedAndUndefinedArrayItemsBecomeNull() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("gone", null);
        map.put("kept", Jsonata.NULL_VALUE);
        map.put("list", new ArrayList<>(Arrays.asList(1, null)));
        assertThat(Json.write(JsonataValues.toJson(map))).isEqualTo("{\"kept\":null,\"list\":[1,null]}");
        assertThat(JsonataValues.toJson(null)).isNull();
    }

    @Test
    void javaNumberTypesMapToTheirJsonNodes() throws Exception {
        assertThat(JsonataValues.toJson(7L).isLong()).isTrue();
        assertThat(JsonataValues.toJson(7).isInt()).isTrue();
        assertThat(JsonataValues.toJson(new BigDecimal("1.25")).decimalValue()).isEqualByComparingTo("1.25");
        assertThat(JsonataValues.toJson(2.5).isDouble()).isTrue();
    }

    @Test
    void nonFiniteNumbersAreWrittenAsTheirJavaScriptNames() throws Exception {
        assertThat(JsonataValues.toJson(List.of(Double.POSITIVE_INFINITY, Double.NaN)).toString())
                .isEqualTo("[\"Infinity\",\"NaN\"]");
    }

    @Test
    void aFunctionHasNoJsonForm() {
        Object function = Jsonata.jsonata("$sum").evaluate(null);
        assertThatThrownBy(() -> JsonataValues.toJson(function))
                .isInstanceOf(JsonataValues.UnsupportedValueException.class);
    }
}
