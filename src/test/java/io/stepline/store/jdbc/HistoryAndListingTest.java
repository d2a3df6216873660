package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.event;
import static io.stepline.store.jdbc.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.NewExecution;
import io.stepline.store.StoredEvent;
import io.stepline.store.Transition;
import io.stepline.store.Transition.ExecutionEnd;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

class HistoryAndListingTest {

    @OnBothDatabases
    void eventsArePagedByIdInOrder(TestStore db) {
        NewExecution execution = Fixtures.execution("{}");
        db.store().start(execution);
        String arn = execution.executionArn();
        // written out of order in one transition: read back in id order
        db.store().apply(arn, Transition.of(LongStream.of(5, 3, 2, 4, 6, 7).mapToObj(
                id -> event(id, "PassStateEntered", "{\"n\":" + id + "}")).toList(), List.of()));

        List<StoredEvent> all = new ArrayList<>();
        long after = 0;
        for (List<StoredEvent> page = db.store().events(arn, after, 3); !page.isEmpty();
                page = db.store().events(arn, after, 3)) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            all.addAll(page);
            after = page.get(page.size() - 1).id();
        }

        assertThat(all).extracting(StoredEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(db.store().events(arn, 5, 100)).extracting(StoredEvent::id).containsExactly(6L, 7L);
        assertThat(all.get(4)).isEqualTo(event(5, "PassStateEntered", "{\"n\":5}"));
        assertThat(db.store().lastEventId(arn)).isEqualTo(7);
    }

    @OnBothDatabases
    void aPageNeedsAPositiveLimit(TestStore db) {
        assertThatThrownBy(() -> db.store().events("any", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> db.store().executions(ExecutionFilter.all(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @OnBothDatabases
    void executionsAreListedByMachineAndStatusNewestFirst(TestStore db) {
        String machine = unique("listed");
        String other = unique("other");
        NewExecution oldest = start(db, machine, "a", 1);
        NewExecution middle = start(db, machine, "b", 2);
        NewExecution newest = start(db, machine, "c", 3);
        NewExecution elsewhere = start(db, other, "d", 4);
        end(db, middle, ExecutionStatus.SUCCEEDED);

        assertThat(arns(db, new ExecutionFilter(machine, null, 10)))
                .containsExactly(newest.executionArn(), middle.executionArn(), oldest.executionArn());
        assertThat(arns(db, new ExecutionFilter(machine, null, 2)))
                .containsExactly(newest.executionArn(), middle.executionArn());
        assertThat(arns(db, new ExecutionFilter(machine, ExecutionStatus.RUNNING, 10)))
                .containsExactly(newest.executionArn(), oldest.executionArn());
        assertThat(arns(db, new ExecutionFilter(machine, ExecutionStatus.SUCCEEDED, 10)))
                .containsExactly(middle.executionArn());
        assertThat(arns(db, new ExecutionFilter(null, ExecutionStatus.SUCCEEDED, 1000)))
                .contains(middle.executionArn()).doesNotContain(newest.executionArn());
        List<String> everything = arns(db, ExecutionFilter.all(1000));
        assertThat(everything).containsSubsequence(elsewhere.executionArn(), newest.executionArn(),
                middle.executionArn(), oldest.executionArn());
    }

    @OnBothDatabases
    void runningExecutionsAreThoseToResume(TestStore db) {
        String machine = unique("resumable");
        NewExecution running = start(db, machine, "running", 1);
        NewExecution done = start(db, machine, "done", 2);
        end(db, done, ExecutionStatus.ABORTED);

        assertThat(db.store().runningExecutions()).contains(running.executionArn())
                .doesNotContain(done.executionArn());
    }

    private static List<String> arns(TestStore db, ExecutionFilter filter) {
        return db.store().executions(filter).stream().map(ExecutionRecord::executionArn).toList();
    }

    private static NewExecution start(TestStore db, String machine, String name, long second) {
        NewExecution execution = Fixtures.execution(machine, name, "{}", Fixtures.at(second));
        db.store().start(execution);
        return execution;
    }

    private static void end(TestStore db, NewExecution execution, ExecutionStatus status) {
        db.store().apply(execution.executionArn(), new Transition(List.of(), List.of(), List.of(), List.of(),
                new ExecutionEnd(status, null, null, null, Fixtures.at(100)), null));
    }
}
