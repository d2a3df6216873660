package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Retry on virtual time, read from the history's timestamps: each retry starts exactly its
 * delay after the failed attempt, since virtual time moves only when the machine waits.
 */
@Timeout(60)
class RetryOnVirtualTimeTest {

    @Test
    void delaysGrowByBackoffRateFromIntervalSeconds() {
        ExecutionResult result = runAlwaysFailing("\"IntervalSeconds\": 2, \"BackoffRate\": 3, \"MaxAttempts\": 3");

        assertThat(result.error()).isEqualTo("Flaky.Error");
        assertThat(gapsBetweenAttempts(result)).containsExactly(2_000L, 6_000L, 18_000L);
    }

    @Test
    void defaultsAreOneSecondDoublingThreeTimes() {
        ExecutionResult result = runAlwaysFailing("");

        assertThat(gapsBetweenAttempts(result)).containsExactly(1_000L, 2_000L, 4_000L);
    }

    @Test
    void maxDelaySecondsCapsTheDelay() {
        ExecutionResult result = runAlwaysFailing(
                "\"IntervalSeconds\": 2, \"BackoffRate\": 3, \"MaxAttempts\": 4, \"MaxDelaySeconds\": 5");

        assertThat(gapsBetweenAttempts(result)).containsExactly(2_000L, 5_000L, 5_000L, 5_000L);
    }

    @Test
    void maxAttemptsZeroMeansTheErrorIsNeverRetried() {
        ExecutionResult result = runAlwaysFailing("\"MaxAttempts\": 0");

        assertThat(attemptTimes(result)).hasSize(1);
        assertThat(result.error()).isEqualTo("Flaky.Error");
    }

    @Test
    void fullJitterKeepsEachDelayBetweenZeroAndTheComputedDelay() {
        List<Long> allGaps = new ArrayList<>();
        for (int run = 0; run < 25; run++) {
            List<Long> gaps = gapsBetweenAttempts(runAlwaysFailing(
                    "\"IntervalSeconds\": 10, \"BackoffRate\": 2, \"MaxAttempts\": 4, \"JitterStrategy\": \"FULL\""));
            assertThat(gaps).hasSize(4);
            for (int n = 0; n < gaps.size(); n++) {
                assertThat(gaps.get(n)).isBetween(0L, 10_000L << n);
            }
            allGaps.addAll(gaps);
        }
        // 100 uniform draws: they cannot all land on the full delay unless jitter is ignored.
        assertThat(allGaps).anyMatch(gap -> gap != 10_000L && gap != 20_000L && gap != 40_000L && gap != 80_000L);
    }

    @Test
    void retryCountInTheContextCountsTheRetriesOfTheState() {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        LocalFunction succeedsOnFourthAttempt = (payload, control) -> {
            seen.add(payload.get("attempt").intValue());
            if (payload.get("attempt").intValue() < 3) {
                throw new FunctionError("Flaky.Error", "not yet");
            }
            return payload;
        };
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                  "Parameters": {"attempt.$": "$$.State.RetryCount"},
                  "Retry": [{"ErrorEquals": ["Flaky.Error"], "MaxAttempts": 5}]}}}
                """, Map.of("f", succeedsOnFourthAttempt));

        ExecutionResult result = Machines.runVirtual(pipeline, "{}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(seen).containsExactly(0, 1, 2, 3);
        assertThat(result.output()).isEqualTo(Machines.json("{\"attempt\": 3}"));
    }

    private static ExecutionResult runAlwaysFailing(String retrierFields) {
        Pipeline pipeline = Machines.load("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "End": true,
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                  "Retry": [{"ErrorEquals": ["Flaky.Error"]%s}]}}}
                """.formatted(retrierFields.isEmpty() ? "" : ", " + retrierFields),
                Map.of("f", TestFunctions.failing("Flaky.Error", "always")));
        ExecutionResult result = Machines.runVirtual(pipeline, "{}");
        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        return result;
    }

    /** Virtual times at which each attempt was scheduled. */
    private static List<Long> attemptTimes(ExecutionResult result) {
        return result.history().stream().filter(e -> e.type() == HistoryEventType.LambdaFunctionScheduled)
                .map(HistoryEvent::timestamp).toList();
    }

    /** How long each retry waited after the attempt before it failed. */
    private static List<Long> gapsBetweenAttempts(ExecutionResult result) {
        List<Long> gaps = new ArrayList<>();
        long failedAt = -1;
        for (HistoryEvent event : result.history()) {
            if (event.type() == HistoryEventType.LambdaFunctionFailed) {
                failedAt = event.timestamp();
            } else if (event.type() == HistoryEventType.LambdaFunctionScheduled && failedAt >= 0) {
                gaps.add(event.timestamp() - failedAt);
            }
        }
        return gaps;
    }

}
