package io.stepline.expression.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.stepline.definition.Origin;
import io.stepline.definition.choice.Comparison;
import io.stepline.definition.choice.ComparisonOperator;
import io.stepline.definition.choice.JsonataCondition;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceRulesTest {

    @Test
    void aJsonataConditionIsNotCompiledHere() {
        JsonataCondition condition = new JsonataCondition(BooleanNode.TRUE, new Origin("/States/C/Choices/0", null));
        assertThatThrownBy(() -> ChoiceRules.compile(condition))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/States/C/Choices/0")
                .hasMessageContaining("JSONata");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"Variable\":\"$.v\",\"StringEquals\":1}",
        "{\"Variable\":\"$.v\",\"NumericEquals\":\"1\"}",
        "{\"Variable\":\"$.v\",\"BooleanEquals\":\"true\"}",
        "{\"Variable\":\"$.v\",\"TimestampLessThan\":\"yesterday\"}",
        "{\"Variable\":\"$.v\",\"StringMatches\":1}",
        "{\"Variable\":\"$.v\",\"NumericEqualsPath\":1}",
        "{\"Variable\":\"$.v\",\"StringEqualsPath\":\"not a path\"}",
        "{\"Variable\":\"v\",\"StringEquals\":\"a\"}",
        "{\"Variable\":\"$.v\",\"IsPresent\":1}",
    })
    void aRuleValidationWouldRejectDoesNotCompile(String rule) {
        assertThatThrownBy(() -> ChoiceFixtures.compile(rule))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/States/Choose/Choices/0: ");
    }

    @Test
    void everyOperatorCompiles() {
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            var operand = switch (operator.kind()) {
                case STRING -> Json.NODES.textNode(operator.comparesWithPath() ? "$.b" : "a");
                case NUMERIC -> operator.comparesWithPath() ? Json.NODES.textNode("$.b") : Json.NODES.numberNode(1);
                case BOOLEAN -> operator.comparesWithPath() ? Json.NODES.textNode("$.b") : BooleanNode.TRUE;
                case TIMESTAMP -> Json.NODES.textNode(operator.comparesWithPath() ? "$.b" : "2012-10-09T19:00:55Z");
                case TYPE_TEST -> BooleanNode.TRUE;
            };
            Comparison comparison = new Comparison("$.a", operator, operand, Origin.NONE);
            assertThat(ChoiceRules.compile(comparison)).as(operator.aslName()).isNotNull();
        }
    }

    @Test
    void aCompiledRuleIsSharedSafelyBetweenThreads() throws Exception {
        CompiledRule rule = ChoiceFixtures.compile("{\"And\":["
                + "{\"Variable\":\"$.n\",\"NumericLessThanPath\":\"$.limit\"},"
                + "{\"Variable\":\"$.when\",\"TimestampGreaterThan\":\"2020-01-01T00:00:00Z\"},"
                + "{\"Variable\":\"$.name\",\"StringMatches\":\"job-*\"}]}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                results.add(pool.submit(() -> rule.test(ChoiceFixtures.scope(
                        "{\"n\":" + n + ",\"limit\":1000,\"when\":\"2024-05-01T00:00:00Z\",\"name\":\"job-" + n + "\"}"))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("n=" + i).isEqualTo(i < 1000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
