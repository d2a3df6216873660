package io.stepline.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.connector.function.LocalFunction;
import io.stepline.engine.Pipeline;
import io.stepline.runtime.history.HistoryEvent;
import io.stepline.runtime.history.HistoryEventType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** TimeoutSeconds and HeartbeatSeconds of Task states on wall-clock time. */
@Timeout(60)
class TaskTimeoutsOnRealTimeTest {

    @Test
    void timeoutSecondsCutsAHungFunctionWithStatesTimeoutAndNoCause() {
        Pipeline pipeline = task("\"TimeoutSeconds\": 1", TestFunctions.hanging());

        ExecutionResult result = Machines.runReal(pipeline, "{}");

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Timeout");
        assertThat(result.cause()).isNull();
        assertThat(result.history()).extracting(HistoryEvent::type).contains(HistoryEventType.LambdaFunctionTimedOut);
    }

    @Test
    void aTimedOutFunctionIsInterruptedRatherThanLeftRunning() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        LocalFunction noticesInterrupt = (payload, control) -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return payload;
        };

        Machines.runReal(task("\"TimeoutSeconds\": 1", noticesInterrupt), "{}");

        assertThat(interrupted.await(TestFunctions.LATCH_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCaughtTimeoutShowsAnEmptyCause() {
        Pipeline pipeline = task("""
                "TimeoutSeconds": 1,
                "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.error", "Next": "Done"}]
                """, TestFunctions.hanging());

        ExecutionResult result = Machines.runReal(pipeline, "{\"kept\": true}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output()).isEqualTo(Machines.json(
                "{\"kept\": true, \"error\": {\"Error\": \"States.Timeout\", \"Cause\": \"\"}}"));
    }

    @Test
    void timeoutSecondsAlsoCutsAFunctionSleepingThroughTheEngine() {
        LocalFunction sleepsOnTimeline = (payload, control) -> {
            control.sleep(Duration.ofMinutes(10));
            return payload;
        };

        ExecutionResult result = Machines.runReal(task("\"TimeoutSeconds\": 1", sleepsOnTimeline), "{}");

        assertThat(result.error()).as(Machines.describe(result)).isEqualTo("States.Timeout");
    }

    @Test
    void timeoutSecondsPathReadsTheLimitFromTheInput() {
        ExecutionResult result = Machines.runReal(task("\"TimeoutSecondsPath\": \"$.limit\"",
                TestFunctions.hanging()), "{\"limit\": 1}");

        assertThat(result.error()).as(Machines.describe(result)).isEqualTo("States.Timeout");
    }

    @Test
    void heartbeatSecondsFailsAFunctionThatStopsSendingHeartbeats() {
        LocalFunction silentAfterOne = (payload, control) -> {
            control.heartbeat();
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            return payload;
        };

        ExecutionResult result = Machines.runReal(
                task("\"TimeoutSeconds\": 50, \"HeartbeatSeconds\": 1", silentAfterOne), "{}");

        assertThat(result.status()).as(Machines.describe(result)).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.HeartbeatTimeout");
    }

    @Test
    void heartbeatSecondsLetsAFunctionThatKeepsSendingHeartbeatsRunPastIt() {
        LocalFunction beating = (payload, control) -> {
            for (int i = 0; i < 20; i++) { // 4 s in all, twice the heartbeat, a beat every tenth of it
                Thread.sleep(200);
                control.heartbeat();
            }
            return payload;
        };

        ExecutionResult result = Machines.runReal(
                task("\"TimeoutSeconds\": 50, \"HeartbeatSeconds\": 2", beating), "{\"beat\": 1}");

        assertThat(result.succeeded()).as(Machines.describe(result)).isTrue();
        assertThat(result.output()).isEqualTo(Machines.json("{\"beat\": 1}"));
    }

    /** A Task state calling function {@code f}, with extra fields, and a Done state. */
    static Pipeline task(String fields, LocalFunction function) {
        return Machines.load("""
                {"StartAt": "Call", "States": {
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
                    "Next": "Done", %s},
                  "Done": {"Type": "Succeed"}}}
                """.formatted(fields), Map.of("f", function));
    }
}
