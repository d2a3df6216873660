package io.stepline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.TaskResource;
import io.stepline.runtime.ExecutionResult;
import io.stepline.runtime.ExecutionRunner;
import io.stepline.runtime.ExecutionStatus;
import io.stepline.runtime.Machines;
import io.stepline.connector.function.LocalFunction;
import io.stepline.runtime.TestFunctions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connector that throws a RuntimeException is a bug, not a workflow error: no Retry or Catch
 * sees it, and the execution fails with Stepline.EngineFault wherever it happens.
 */
@Timeout(60)
class EngineFaultTest {
    private static final String BOOM = "stepline:boom:now";

    /** Binds {@code stepline:boom:*} to a task that throws, counting its calls. */
    static final class BrokenConnector implements TaskConnector {
        final AtomicInteger calls = new AtomicInteger();
        private final CountDownLatch before;

        BrokenConnector() {
            this(new CountDownLatch(0));
        }

        /** Throws once {@code before} is open, so siblings are where the test wants them. */
        BrokenConnector(CountDownLatch before) {
            this.before = before;
        }

        @Override
        public String name() {
            return "boom";
        }

        @Override
        public BoundTask bind(TaskResource resource, ConnectorContext context) {
            if (!resource.base().startsWith("stepline:boom:")) {
                return null;
            }
            return new BoundTask() {
                @Override
                public HistoryShape historyShape() {
                    return HistoryShape.TASK;
                }

                @Override
                public String resourceType() {
                    return "boom";
                }

                @Override
                public String resourceName() {
                    return "now";
                }

                @Override
                public JsonNode invoke(TaskRequest request) throws InterruptedException {
                    calls.incrementAndGet();
                    before.await(TestFunctions.LATCH_SECONDS, TimeUnit.SECONDS);
                    throw new IllegalStateException("a bug in the connector");
                }
            };
        }
    }

    @ParameterizedTest(name = "virtual time: {0}")
    @ValueSource(booleans = {true, false})
    void isNotCaughtByStatesAllNorRetried(boolean virtual) {
        BrokenConnector connector = new BrokenConnector();
        ExecutionResult result = run(connector, virtual, """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "%s", "End": true,
                    "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(BOOM));

        assertEngineFault(result);
        assertThat(connector.calls.get()).isEqualTo(1);
    }

    @Test
    void isNotCaughtWhenTheTaskRunsOnAPoolThreadForItsTimeout() {
        ExecutionResult result = run(new BrokenConnector(), false, """
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "%s", "End": true, "TimeoutSeconds": 30,
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(BOOM));

        assertEngineFault(result);
    }

    @ParameterizedTest(name = "virtual time: {0}")
    @ValueSource(booleans = {true, false})
    void inAParallelBranchIsNotCaughtByTheParallelAndStopsASiblingWaitingTenMinutes(boolean virtual) {
        // The first branch runs on the calling thread and waits; the second faults on a pool thread.
        CountDownLatch waiting = new CountDownLatch(virtual ? 0 : 1);
        LocalFunction enterWait = (payload, control) -> {
            waiting.countDown();
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true,
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
                    "Branches": [
                      {"StartAt": "Enter", "States": {
                        "Enter": {"Type": "Task", "Next": "Sleep",
                          "Resource": "arn:aws:lambda:us-east-1:123456789012:function:enterWait"},
                        "Sleep": {"Type": "Wait", "Seconds": 600, "End": true}}},
                      {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "%s", "End": true}}}]},
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(BOOM), Map.of("enterWait", enterWait), List.of(new BrokenConnector(waiting)));

        assertEngineFault(virtual ? Machines.runVirtual(pipeline, "{}") : Machines.runReal(pipeline, "{}"));
    }

    @ParameterizedTest(name = "virtual time: {0}")
    @ValueSource(booleans = {true, false})
    void inAMapIterationIsNotCaughtByTheMapAndStopsItemsWaitingTenMinutes(boolean virtual) {
        // Four items wait ten minutes; the fifth faults once they all wait, on whichever worker took it.
        CountDownLatch waiting = new CountDownLatch(virtual ? 0 : 4);
        BrokenConnector connector = new BrokenConnector(waiting);
        LocalFunction enterWait = (payload, control) -> {
            waiting.countDown();
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "M", "States": {
                  "M": {"Type": "Map", "End": true, "MaxConcurrency": 5,
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
                    "ItemProcessor": {"StartAt": "Which", "States": {
                      "Which": {"Type": "Choice", "Default": "Call",
                        "Choices": [{"Variable": "$", "NumericEquals": 0, "Next": "Enter"}]},
                      "Enter": {"Type": "Task", "Next": "Sleep",
                        "Resource": "arn:aws:lambda:us-east-1:123456789012:function:enterWait"},
                      "Sleep": {"Type": "Wait", "Seconds": 600, "End": true},
                      "Call": {"Type": "Task", "Resource": "%s", "End": true}}}},
                  "Caught": {"Type": "Pass", "End": true}}}
                """.formatted(BOOM), Map.of("enterWait", enterWait), List.of(connector));
        String items = "[0, 0, 0, 0, 1]";

        assertEngineFault(virtual ? Machines.runVirtual(pipeline, items) : Machines.runReal(pipeline, items));
    }

    private static ExecutionResult run(BrokenConnector connector, boolean virtual, String definition) {
        Pipeline pipeline = Machines.load(definition, Map.of(), List.of(connector));
        return virtual ? Machines.runVirtual(pipeline, "{}") : Machines.runReal(pipeline, "{}");
    }

    private static void assertEngineFault(ExecutionResult result) {
        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo(ExecutionRunner.ENGINE_FAULT);
        assertThat(result.cause()).contains("IllegalStateException").doesNotContain("\tat ");
    }
}
