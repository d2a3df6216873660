package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.json.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Map iterations on wall-clock time: concurrency limits, ordering, failures, nesting. */
@Timeout(60)
class MapOnRealTimeTest {
    private static final String ITEM_TASK = """
            "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task", "End": true,
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work"}}}""";

    @ParameterizedTest(name = "MaxConcurrency {0}")
    @ValueSource(ints = {1, 3})
    void maxConcurrencyBoundsHowManyItemsRunAtOnce(int limit) {
        TestFunctions.ConcurrencyGauge gauge = new TestFunctions.ConcurrencyGauge(limit);
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": %d, %s}}}
                """.formatted(limit, ITEM_TASK), Map.of("work", gauge));

        ExecutionResult result = Machines.runReal(pipeline, numbers(30));

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(gauge.calls()).isEqualTo(30);
        assertThat(gauge.highWater()).isEqualTo(limit);
    }

    @Test
    void tenThousandInlineItemsRunWithoutDeepeningAnyStack() {
        // Each finished item starts the next: that must go through the pool's queue, never by
        // running the next item inside the last one's stack (a 10,000-item Map overflowed it once).
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass",
                    "Parameters": {"twice.$": "States.MathAdd($, $)"}, "End": true}}}}}}
                """, Map.of());

        ExecutionResult result = Machines.runReal(pipeline, numbers(10_000));

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output().size()).isEqualTo(10_000);
        assertThat(result.output().get(9_999).get("twice").asInt()).isEqualTo(19_998);
    }

    @Test
    void maxConcurrencyPathReadsTheLimitFromTheInput() {
        TestFunctions.ConcurrencyGauge gauge = new TestFunctions.ConcurrencyGauge(2);
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemsPath": "$.items",
                  "MaxConcurrencyPath": "$.limit", %s}}}
                """.formatted(ITEM_TASK), Map.of("work", gauge));

        ExecutionResult result = Machines.runReal(pipeline, "{\"limit\": 2, \"items\": " + numbers(30) + "}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(gauge.highWater()).isEqualTo(2);
    }

    @Test
    void withoutMaxConcurrencyAllItemsOfASmallListRunAtOnce() {
        TestFunctions.ConcurrencyGauge gauge = new TestFunctions.ConcurrencyGauge(10);
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, %s}}}
                """.formatted(ITEM_TASK), Map.of("work", gauge));

        ExecutionResult result = Machines.runReal(pipeline, numbers(10));

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(gauge.highWater()).isEqualTo(10);
    }

    @Test
    void resultsKeepItemOrderWhateverOrderItemsFinishIn() {
        LocalFunction times10 = (payload, control) -> {
            Thread.sleep(ThreadLocalRandom.current().nextInt(15));
            return Json.NODES.numberNode(payload.intValue() * 10);
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 8, %s}}}
                """.formatted(ITEM_TASK), Map.of("work", times10));

        ExecutionResult result = Machines.runReal(pipeline, numbers(40));

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        ArrayNode expected = Json.NODES.arrayNode();
        IntStream.range(0, 40).forEach(i -> expected.add(i * 10));
        assertThat(result.output()).isEqualTo(expected);
    }

    @Test
    void aFailingItemFailsTheMapWithItsError() {
        LocalFunction breakOnSeven = (payload, control) -> {
            if (payload.intValue() == 7) {
                throw new FunctionError("Item.Broken", "item 7 is broken");
            }
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 4, %s}}}
                """.formatted(ITEM_TASK), Map.of("work", breakOnSeven));

        ExecutionResult result = Machines.runReal(pipeline, numbers(20));

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Item.Broken");
        assertThat(result.cause()).isEqualTo("{\"errorMessage\":\"item 7 is broken\",\"errorType\":\"Item.Broken\"}");
    }

    @Test
    void aFailingItemDoesNotWaitForAnotherItemStuckInALongTask() {
        CountDownLatch stuckStarted = new CountDownLatch(1);
        LocalFunction stuckOrBroken = (payload, control) -> {
            if (payload.intValue() == 0) {
                stuckStarted.countDown();
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                return payload;
            }
            stuckStarted.await(TestFunctions.LATCH_SECONDS, TimeUnit.SECONDS);
            throw new FunctionError("Item.Broken", "item 1 is broken");
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 2, %s}}}
                """.formatted(ITEM_TASK), Map.of("work", stuckOrBroken));

        ExecutionResult result = Machines.runReal(pipeline, numbers(2));

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("Item.Broken");
    }

    @Test
    void itemSelectorSeesTheItemIndexAndValueInTheContext() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "ItemsPath": "$.letters",
                  "ItemSelector": {"index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value", "tag.$": "$.tag"},
                  "ItemProcessor": {"StartAt": "Keep", "States": {"Keep": {"Type": "Pass", "End": true}}}}}}
                """, Map.of());

        ExecutionResult result = Machines.runReal(pipeline, "{\"tag\": \"t\", \"letters\": [\"a\", \"b\", \"c\"]}");

        assertThat(result.output()).isEqualTo(Machines.json("""
                [{"index": 0, "value": "a", "tag": "t"}, {"index": 1, "value": "b", "tag": "t"},
                 {"index": 2, "value": "c", "tag": "t"}]"""));
    }

    @Test
    void aMapInsideAMapRunsToTheEnd() {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Outer", "States": {"Outer": {"Type": "Map", "End": true, "MaxConcurrency": 2,
                  "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Map", "End": true,
                    "MaxConcurrency": 1, %s}}}}}}
                """.formatted(ITEM_TASK), Map.of("work", (payload, control) -> payload));
        String rows = IntStream.range(0, 6).mapToObj(i -> numbers(5)).collect(Collectors.joining(",", "[", "]"));

        ExecutionResult result = Machines.runReal(pipeline, rows);

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output()).isEqualTo(Machines.json(rows));
    }

    @Test
    void aParallelInsideAMapGetsItsBranchesRunConcurrentlyWhileOtherItemsRun() {
        Map<String, CountDownLatch> pairs = new ConcurrentHashMap<>();
        LocalFunction bothBranchesOfItem = (payload, control) -> {
            CountDownLatch pair = pairs.computeIfAbsent(payload.asText(), key -> new CountDownLatch(2));
            pair.countDown();
            if (!pair.await(TestFunctions.LATCH_SECONDS, TimeUnit.SECONDS)) {
                throw new FunctionError("Test.NotConcurrent", "the other branch of item " + payload + " never ran");
            }
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true, "MaxConcurrency": 3,
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:pair"}}},
                    {"StartAt": "B", "States": {"B": {"Type": "Task", "End": true,
                      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:pair"}}}]}}}}}}
                """, Map.of("pair", bothBranchesOfItem));

        ExecutionResult result = Machines.runReal(pipeline, numbers(9));

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output().get(8)).isEqualTo(Machines.json("[8, 8]"));
    }

    private static String numbers(int count) {
        return IntStream.range(0, count).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }
}
