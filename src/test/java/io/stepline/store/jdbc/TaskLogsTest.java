package io.stepline.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.NewExecution;
import io.stepline.store.TaskLogLine;
import io.stepline.store.TaskLogs;
import java.util.ArrayList;
import java.util.List;

/** Task log lines: filed per execution and state, in order, capped per execution, unknown executions dropped. */
class TaskLogsTest {

    @OnBothDatabases
    void linesComeBackByStateInTheOrderWritten(TestStore db) {
        NewExecution execution = Fixtures.execution("{}");
        db.store().start(execution);
        String arn = execution.executionArn();
        db.store().taskLogs().append(List.of(
                new TaskLogLine(arn, "Load", 0, 1_000, "INFO", "first"),
                new TaskLogLine(arn, "Load", 1, 2_000, "WARN", "retried"),
                new TaskLogLine(arn, "Store", 0, 3_000, "INFO", "stored"),
                new TaskLogLine(Fixtures.arn("nobody", "nothing"), "Load", 0, 4_000, "INFO", "dropped")));

        assertThat(db.store().taskLogs().lines(arn, null, 100)).extracting(TaskLogLine::message)
                .containsExactly("first", "retried", "stored");
        assertThat(db.store().taskLogs().lines(arn, "Load", 100)).containsExactly(
                new TaskLogLine(arn, "Load", 0, 1_000, "INFO", "first"),
                new TaskLogLine(arn, "Load", 1, 2_000, "WARN", "retried"));
        assertThat(db.store().taskLogs().lines(Fixtures.arn("nobody", "nothing"), null, 100)).isEmpty();
    }

    @OnBothDatabases
    void anExecutionKeepsItsFirstLinesUpToTheCap(TestStore db) {
        NewExecution execution = Fixtures.execution("{}");
        db.store().start(execution);
        String arn = execution.executionArn();
        List<TaskLogLine> lines = new ArrayList<>();
        for (int i = 1; i <= TaskLogs.CAP_PER_EXECUTION + 5; i++) {
            lines.add(new TaskLogLine(arn, "Chatty", 0, i, "INFO", "line " + i));
        }
        db.store().taskLogs().append(lines.subList(0, 6_000));
        db.store().taskLogs().append(lines.subList(6_000, lines.size()));
        db.store().taskLogs().append(List.of(new TaskLogLine(arn, "Chatty", 0, 0, "INFO", "much later")));

        List<TaskLogLine> kept = db.store().taskLogs().lines(arn, null, TaskLogs.CAP_PER_EXECUTION + 100);
        assertThat(kept).hasSize(TaskLogs.CAP_PER_EXECUTION + 1);
        assertThat(kept.get(TaskLogs.CAP_PER_EXECUTION - 1).message()).isEqualTo("line " + TaskLogs.CAP_PER_EXECUTION);
        assertThat(kept.get(TaskLogs.CAP_PER_EXECUTION).message()).contains("later lines were dropped");
    }
}
