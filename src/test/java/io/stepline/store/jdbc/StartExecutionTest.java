package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.T0;
import static io.stepline.store.jdbc.Fixtures.json;
import static io.stepline.store.jdbc.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.NewExecution;
import io.stepline.store.StartOutcome;
import io.stepline.store.StartOutcome.Kind;
import java.util.List;

class StartExecutionTest {

    @OnBothDatabases
    void startWritesTheRecordItsFirstEventsAndItsRootPath(TestStore db) {
        NewExecution execution = Fixtures.execution("{\"order\":42}");

        StartOutcome outcome = db.store().start(execution);

        ExecutionRecord expected = new ExecutionRecord(execution.executionArn(), execution.machineName(), 1,
                execution.name(), "STANDARD", ExecutionStatus.RUNNING, json("{\"order\":42}"), null, null, null, T0,
                null, 0, null);
        assertThat(outcome).isEqualTo(new StartOutcome(Kind.STARTED, expected));
        assertThat(db.store().execution(execution.executionArn())).contains(expected);
        assertThat(db.store().events(execution.executionArn(), 0, 10)).isEqualTo(execution.events());
        assertThat(db.store().paths(execution.executionArn())).containsExactly(execution.rootPath());
    }

    @OnBothDatabases
    void theSameNameWithTheSameJsonInputIsAnIdempotentStart(TestStore db) {
        String machine = unique("machine");
        NewExecution first = Fixtures.execution(machine, "nightly", "{\"a\":1,\"b\":[1.0,\"x\"]}", T0);
        // the same JSON value, written differently: members reordered, 1.0 as 1
        NewExecution again = Fixtures.execution(machine, "nightly", "{\"b\":[1,\"x\"],\"a\":1.00}", Fixtures.at(60));
        db.store().start(first);

        StartOutcome outcome = db.store().start(again);

        assertThat(outcome.kind()).isEqualTo(Kind.ALREADY_STARTED_SAME_INPUT);
        assertThat(outcome.execution().startTime()).isEqualTo(T0);
        assertThat(outcome.execution().input()).isEqualTo(first.input());
        assertThat(db.store().lastEventId(first.executionArn())).isEqualTo(1);
    }

    @OnBothDatabases
    void theSameNameWithAnotherInputIsRefusedAndWritesNothing(TestStore db) {
        String machine = unique("machine");
        NewExecution first = Fixtures.execution(machine, "nightly", "{\"day\":\"2026-11-24\"}", T0);
        db.store().start(first);

        StartOutcome outcome = db.store().start(Fixtures.execution(machine, "nightly", "{\"day\":\"2026-11-25\"}",
                Fixtures.at(60)));

        assertThat(outcome.kind()).isEqualTo(Kind.NAME_TAKEN_DIFFERENT_INPUT);
        assertThat(outcome.execution().input()).isEqualTo(first.input());
        assertThat(db.store().execution(first.executionArn()).orElseThrow().input()).isEqualTo(first.input());
    }

    @OnBothDatabases
    void theSameNameOnAnotherMachineIsAnotherExecution(TestStore db) {
        NewExecution one = Fixtures.execution(unique("machine"), "nightly", "{}", T0);
        NewExecution other = Fixtures.execution(unique("machine"), "nightly", "{}", T0);
        db.store().start(one);

        assertThat(db.store().start(other).kind()).isEqualTo(Kind.STARTED);
    }

    @OnBothDatabases
    void concurrentStartsOfOneNameStartItOnce(TestStore db) throws Exception {
        String machine = unique("machine");

        List<StartOutcome> outcomes = Concurrently.run(8, thread -> db.store().start(
                Fixtures.execution(machine, "once", "{\"n\":1}", T0)));

        assertThat(outcomes).extracting(StartOutcome::kind).containsOnlyOnce(Kind.STARTED)
                .filteredOn(kind -> kind != Kind.STARTED).containsOnly(Kind.ALREADY_STARTED_SAME_INPUT);
        String arn = Fixtures.arn(machine, "once");
        assertThat(db.count("SELECT COUNT(*) FROM executions WHERE machine_name = ?", machine)).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM events e JOIN executions x ON x.execution_id = e.execution_id WHERE x.execution_arn = ?", arn)).isEqualTo(1);
    }

    @OnBothDatabases
    void concurrentStartsOfOneNameWithDifferentInputsStartOneAndRefuseTheOthers(TestStore db) throws Exception {
        String machine = unique("machine");

        List<StartOutcome> outcomes = Concurrently.run(8, thread -> db.store().start(
                Fixtures.execution(machine, "once", "{\"thread\":" + thread + "}", T0)));

        assertThat(outcomes).extracting(StartOutcome::kind).containsOnlyOnce(Kind.STARTED)
                .filteredOn(kind -> kind != Kind.STARTED).containsOnly(Kind.NAME_TAKEN_DIFFERENT_INPUT);
    }

    @OnBothDatabases
    void anArnTakenByAnotherNameIsABug(TestStore db) {
        NewExecution first = Fixtures.execution("{}");
        db.store().start(first);
        NewExecution sameArn = new NewExecution(first.executionArn(), first.machineName(), 1, "another-name",
                "STANDARD", json("{}"), T0, List.of(), null);

        assertThatThrownBy(() -> db.store().start(sameArn))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(first.executionArn());
    }

    @OnBothDatabases
    void anExecutionWithoutRootPathOrEventsStarts(TestStore db) {
        String machine = unique("express");
        NewExecution bare = new NewExecution(Fixtures.arn(machine, "bare"), machine, 1, "bare", "EXPRESS", null, T0,
                List.of(), null);

        assertThat(db.store().start(bare).kind()).isEqualTo(Kind.STARTED);
        assertThat(db.store().execution(bare.executionArn()).orElseThrow().input()).isNull();
        assertThat(db.store().paths(bare.executionArn())).isEmpty();
        assertThat(db.store().lastEventId(bare.executionArn())).isZero();
    }

    @OnBothDatabases
    void unknownExecutionsAreEmpty(TestStore db) {
        String arn = Fixtures.arn(unique("machine"), "missing");

        assertThat(db.store().execution(arn)).isEmpty();
        assertThat(db.store().paths(arn)).isEmpty();
        assertThat(db.store().events(arn, 0, 10)).isEmpty();
        assertThat(db.store().lastEventId(arn)).isZero();
    }
}
