package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.event;
import static io.stepline.store.jdbc.Fixtures.json;
import static io.stepline.store.jdbc.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.PathRecord.PathStatus;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.TaskTokenRecord.TokenStatus;
import io.stepline.store.Transition;
import io.stepline.store.Transition.ExecutionEnd;
import java.util.List;

class ApplyTransitionTest {

    @OnBothDatabases
    void aTransitionAppendsEventsAndWritesPaths(TestStore db) {
        NewExecution execution = started(db);
        String arn = execution.executionArn();
        PathRecord moved = path("root", "{\"state\":\"Second\",\"input\":{\"n\":1}}");

        db.store().apply(arn, Transition.of(
                List.of(event(2, "PassStateExited", "{\"name\":\"First\"}"), event(3, "PassStateEntered", "{}")),
                List.of(moved)));

        assertThat(db.store().events(arn, 1, 10)).extracting(e -> e.id() + " " + e.type())
                .containsExactly("2 PassStateExited", "3 PassStateEntered");
        assertThat(db.store().lastEventId(arn)).isEqualTo(3);
        assertThat(db.store().paths(arn)).containsExactly(moved);
        assertThat(db.store().execution(arn).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @OnBothDatabases
    void pathsAreUpsertedAndDeleted(TestStore db) {
        String arn = started(db).executionArn();
        PathRecord branch0 = new PathRecord("root/0", "root", PathStatus.RUNNABLE, json("{\"i\":0}"), null);
        PathRecord branch1 = new PathRecord("root/1", "root", PathStatus.WAITING, json("{\"i\":1}"), 1_790_000_000_000L);
        db.store().apply(arn, Transition.of(List.of(), List.of(branch0, branch1)));
        PathRecord branch1Done = new PathRecord("root/1", "root", PathStatus.DONE, json("{\"out\":true}"), null);

        db.store().apply(arn, new Transition(List.of(), List.of(branch1Done), List.of("root/0"), List.of(), null, null));

        assertThat(db.store().paths(arn)).extracting(PathRecord::pathId).containsExactly("root", "root/1");
        assertThat(db.store().paths(arn)).contains(branch1Done);
    }

    @OnBothDatabases
    void tokensAreWrittenAndCompleted(TestStore db) {
        String arn = started(db).executionArn();
        TaskTokenRecord waiting = new TaskTokenRecord("token-" + arn.hashCode(), arn, "root", TokenStatus.WAITING,
                null, null, null, 1_790_000_060_000L);
        db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(waiting), null, null));
        assertThat(db.store().taskToken(waiting.token())).contains(waiting);

        TaskTokenRecord failed = new TaskTokenRecord(waiting.token(), arn, "root", TokenStatus.FAILED, null,
                "Payment.Declined", "card expired", null);
        db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(failed), null, null));
        TaskTokenRecord succeeded = new TaskTokenRecord("other-" + arn.hashCode(), arn, "root", TokenStatus.SUCCEEDED,
                json("{\"paid\":true}"), null, null, null);
        db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(succeeded), null, null));

        assertThat(db.store().taskToken(failed.token())).contains(failed);
        assertThat(db.store().taskToken(succeeded.token())).contains(succeeded);
        assertThat(db.store().taskToken("no-such-token")).isEmpty();
    }

    @OnBothDatabases
    void anEndingTransitionSetsTheExecutionsOutcome(TestStore db) {
        String arn = started(db).executionArn();

        db.store().apply(arn, new Transition(List.of(event(2, "ExecutionFailed", "{\"error\":\"States.Timeout\"}")),
                List.of(), List.of("root"), List.of(),
                new ExecutionEnd(ExecutionStatus.FAILED, null, "States.Timeout", "took too long", Fixtures.at(5)), null));

        ExecutionRecord failed = db.store().execution(arn).orElseThrow();
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("States.Timeout");
        assertThat(failed.cause()).isEqualTo("took too long");
        assertThat(failed.stopTime()).isEqualTo(Fixtures.at(5));
        assertThat(db.store().paths(arn)).isEmpty();
    }

    @OnBothDatabases
    void aSucceedingTransitionKeepsTheOutput(TestStore db) {
        String arn = started(db).executionArn();

        db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(),
                new ExecutionEnd(ExecutionStatus.SUCCEEDED, json("{\"total\":12.5}"), null, null, Fixtures.at(1)), null));

        assertThat(db.store().execution(arn).orElseThrow().output()).isEqualTo(json("{\"total\":12.5}"));
    }

    @OnBothDatabases
    void aFailingTransitionWritesNothingOfItself(TestStore db) {
        String arn = started(db).executionArn();
        TaskTokenRecord token = new TaskTokenRecord("atomic-" + arn.hashCode(), arn, "root", TokenStatus.WAITING,
                null, null, null, null);
        // event 1 exists (ExecutionStarted): the second event breaks the primary key mid-transition
        Transition broken = new Transition(
                List.of(event(2, "TaskStateEntered", "{}"), event(1, "Duplicate", "{}")),
                List.of(path("root", "{\"state\":\"Changed\"}"), path("root/9", "{}")),
                List.of(), List.of(token),
                new ExecutionEnd(ExecutionStatus.SUCCEEDED, json("{}"), null, null, Fixtures.at(1)), null);

        assertThatThrownBy(() -> db.store().apply(arn, broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(arn);

        assertThat(db.store().lastEventId(arn)).isEqualTo(1);
        assertThat(db.store().paths(arn)).containsExactly(path("root", "{\"state\":\"First\"}"));
        assertThat(db.store().taskToken(token.token())).isEmpty();
        assertThat(db.store().execution(arn).orElseThrow().status()).isEqualTo(ExecutionStatus.RUNNING);
    }

    @OnBothDatabases
    void aTransitionOfAnUnknownExecutionIsABugAndWritesNothing(TestStore db) {
        String arn = Fixtures.arn(Fixtures.unique("machine"), "ghost");

        assertThatThrownBy(() -> db.store().apply(arn, Transition.of(List.of(event(1, "PassStateEntered", "{}")),
                List.of(path("root", "{}"))))).isInstanceOf(IllegalStateException.class).hasMessageContaining(arn);
        assertThat(db.count("SELECT COUNT(*) FROM events e JOIN executions x ON x.execution_id = e.execution_id WHERE x.execution_arn = ?", arn)).isZero();
    }

    @OnBothDatabases
    void aRedriveRestartsAnEndedExecution(TestStore db) {
        String arn = started(db).executionArn();
        db.store().apply(arn, new Transition(List.of(event(2, "ExecutionFailed", "{}")), List.of(), List.of(),
                List.of(), new ExecutionEnd(ExecutionStatus.FAILED, null, "Boom", "it broke", Fixtures.at(2)), null));

        db.store().apply(arn, new Transition(List.of(event(3, "ExecutionRedriven", "{\"redriveCount\":1}")),
                List.of(path("root", "{\"state\":\"First\",\"redriven\":true}")), List.of(), List.of(), null,
                Fixtures.at(10)));

        ExecutionRecord redriven = db.store().execution(arn).orElseThrow();
        assertThat(redriven.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(redriven.redriveCount()).isEqualTo(1);
        assertThat(redriven.redriveTime()).isEqualTo(Fixtures.at(10));
        assertThat(redriven.stopTime()).isNull();
        assertThat(redriven.error()).isNull();
        assertThat(redriven.cause()).isNull();
        assertThat(db.store().runningExecutions()).contains(arn);

        db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(),
                new ExecutionEnd(ExecutionStatus.TIMED_OUT, null, "States.Timeout", null, Fixtures.at(20)), null));
        db.store().apply(arn, new Transition(List.of(), List.of(), List.of(), List.of(), null, Fixtures.at(30)));
        assertThat(db.store().execution(arn).orElseThrow().redriveCount()).isEqualTo(2);
    }

    @OnBothDatabases
    void aRunningExecutionCannotBeRedrivenAndTheTransitionIsDropped(TestStore db) {
        String arn = started(db).executionArn();

        assertThatThrownBy(() -> db.store().apply(arn, new Transition(List.of(event(2, "ExecutionRedriven", "{}")),
                List.of(), List.of(), List.of(), null, Fixtures.at(10))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RUNNING");
        assertThat(db.store().lastEventId(arn)).isEqualTo(1);
        assertThat(db.store().execution(arn).orElseThrow().redriveCount()).isZero();
    }

    private static NewExecution started(TestStore db) {
        NewExecution execution = Fixtures.execution("{\"n\":1}");
        db.store().start(execution);
        return execution;
    }
}
