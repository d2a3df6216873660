package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.event;
import static io.stepline.store.jdbc.Fixtures.json;
import static io.stepline.store.jdbc.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StartOutcome;
import io.stepline.store.StoredEvent;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.TaskTokenRecord.TokenStatus;
import io.stepline.store.Transition;
import io.stepline.store.Transition.ExecutionEnd;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store created by an earlier Stepline (schema V3: events, paths and tokens keyed by the
 * execution's ARN) with executions in it keeps working after the upgrade to execution ids:
 * everything reads back as written, and running executions continue.
 */
class SchemaUpgradeTest {
    private static final int EVENTS_PER_EXECUTION = 40;

    @Test
    void anH2StoreAtV3KeepsItsExecutionsAfterTheUpgrade(@TempDir Path directory) throws SQLException {
        upgradeKeepsExecutions(StoreSettings.embedded(directory.resolve("stepline")));
    }

    @Test
    void aPostgresqlStoreAtV3KeepsItsExecutionsAfterTheUpgrade() throws SQLException {
        upgradeKeepsExecutions(EmbeddedPostgresServer.freshDatabase("SchemaUpgradeTest"));
    }

    private static void upgradeKeepsExecutions(StoreSettings settings) throws SQLException {
        Dialect dialect = Dialect.forUrl(settings.url());
        Flyway.configure()
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations(dialect.migrationLocations())
                .placeholders(dialect.placeholders())
                .table(StoreDatabase.SCHEMA_HISTORY_TABLE)
                .target("3")
                .load()
                .migrate();
        String machine = Fixtures.unique("machine");
        List<String> arns = new ArrayList<>();
        try (Connection v3 = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            for (int i = 0; i < 3; i++) {
                arns.add(writeAtV3(v3, machine, "run-" + i, i == 2));
            }
        }

        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings)) {
            for (String arn : arns) {
                ExecutionRecord record = store.execution(arn).orElseThrow();
                assertThat(record.machineName()).isEqualTo(machine);
                assertThat(record.input()).isEqualTo(json("{\"n\":1}"));
                assertThat(store.lastEventId(arn)).isEqualTo(EVENTS_PER_EXECUTION);
                List<StoredEvent> events = store.events(arn, 0, 1000);
                assertThat(events).hasSize(EVENTS_PER_EXECUTION);
                assertThat(events.get(0)).isEqualTo(event(1, "ExecutionStarted", "{\"arn\":\"" + arn + "\"}"));
                assertThat(events.get(EVENTS_PER_EXECUTION - 1))
                        .isEqualTo(event(EVENTS_PER_EXECUTION, "PassStateExited", "{\"arn\":\"" + arn + "\"}"));
                assertThat(store.paths(arn)).containsExactly(path("root", "{\"arn\":\"" + arn + "\"}"));
                assertThat(store.taskToken("token-" + arn).orElseThrow())
                        .isEqualTo(new TaskTokenRecord("token-" + arn, arn, "root", TokenStatus.WAITING, null, null,
                                null, 99L));
            }
            assertThat(store.execution(arns.get(2)).orElseThrow().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(store.runningExecutions()).containsExactlyInAnyOrder(arns.get(0), arns.get(1));

            // a running execution continues: new events, paths, a token, and its end
            String running = arns.get(0);
            long next = EVENTS_PER_EXECUTION + 1;
            TaskTokenRecord token = new TaskTokenRecord("token-2-" + running, running, "root/1", TokenStatus.WAITING,
                    null, null, null, null);
            store.apply(running, new Transition(List.of(event(next, "TaskStateEntered", "{}")),
                    List.of(path("root/1", "{\"state\":\"Wait\"}")), List.of("root"), List.of(token), null, null));
            store.apply(running, new Transition(List.of(event(next + 1, "ExecutionSucceeded", "{}")), List.of(),
                    List.of(), List.of(), new ExecutionEnd(ExecutionStatus.SUCCEEDED, json("{\"done\":true}"),
                            null, null, Fixtures.at(5)), null));
            assertThat(store.lastEventId(running)).isEqualTo(next + 1);
            assertThat(store.paths(running)).containsExactly(path("root/1", "{\"state\":\"Wait\"}"));
            // kept, and closed by the end: an ended execution's tokens take no more answers
            assertThat(store.taskToken(token.token())).contains(new TaskTokenRecord(token.token(), running, "root/1",
                    TokenStatus.CLOSED, null, null, null, null));
            assertThat(store.execution(running).orElseThrow().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            // the others are untouched by it
            assertThat(store.events(arns.get(1), 0, 1000)).hasSize(EVENTS_PER_EXECUTION);

            // new executions get ids of their own: nothing they write lands on an old one
            NewExecution fresh = Fixtures.execution(machine, "after-upgrade", "{\"n\":2}", Fixtures.at(9));
            assertThat(store.start(fresh).kind()).isEqualTo(StartOutcome.Kind.STARTED);
            store.apply(fresh.executionArn(), Transition.of(List.of(event(2, "PassStateEntered", "{}")),
                    List.of(path("root", "{\"state\":\"Second\"}"))));
            assertThat(store.events(fresh.executionArn(), 0, 10)).extracting(StoredEvent::type)
                    .containsExactly("ExecutionStarted", "PassStateEntered");
            assertThat(store.paths(fresh.executionArn())).extracting(PathRecord::pathId).containsExactly("root");
            assertThat(store.events(arns.get(1), 0, 1000)).hasSize(EVENTS_PER_EXECUTION);
            assertThat(store.executions(new ExecutionFilter(machine, null, 10))).hasSize(4);
        }
    }

    /** An execution with its history as Stepline up to schema V3 wrote it. */
    private static String writeAtV3(Connection connection, String machine, String name, boolean ended)
            throws SQLException {
        String arn = Fixtures.arn(machine, name);
        try (PreparedStatement execution = connection.prepareStatement("INSERT INTO executions (execution_arn,"
                + " machine_name, machine_version, execution_name, execution_type, status, input_json, input_hash,"
                + " start_time, stop_time, redrive_count, owner, lease_until)"
                + " VALUES (?, ?, 1, ?, 'STANDARD', ?, '{\"n\":1}', ?, ?, ?, 0, NULL, NULL)")) {
            execution.setString(1, arn);
            execution.setString(2, machine);
            execution.setString(3, name);
            execution.setString(4, ended ? "SUCCEEDED" : "RUNNING");
            execution.setString(5, JsonHashes.canonicalSha256Hex(json("{\"n\":1}")));
            execution.setTimestamp(6, Timestamp.from(Fixtures.T0));
            execution.setTimestamp(7, ended ? Timestamp.from(Fixtures.at(1)) : null);
            execution.executeUpdate();
        }
        try (PreparedStatement events = connection.prepareStatement("INSERT INTO events (execution_arn, event_id,"
                + " previous_event_id, event_time, event_type, path_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= EVENTS_PER_EXECUTION; id++) {
                String type = id == 1 ? "ExecutionStarted" : id == EVENTS_PER_EXECUTION ? "PassStateExited"
                        : "PassStateEntered";
                StoredEvent event = event(id, type, "{\"arn\":\"" + arn + "\"}");
                events.setString(1, arn);
                events.setLong(2, event.id());
                events.setLong(3, event.previousEventId());
                events.setLong(4, event.timestamp());
                events.setString(5, event.type());
                events.setString(6, event.pathId());
                events.setString(7, "{\"arn\":\"" + arn + "\"}");
                events.addBatch();
            }
            events.executeBatch();
        }
        try (PreparedStatement paths = connection.prepareStatement("INSERT INTO paths (execution_arn, path_id,"
                + " parent_path_id, status, checkpoint, wake_at) VALUES (?, 'root', NULL, 'RUNNABLE', ?, NULL)")) {
            paths.setString(1, arn);
            paths.setString(2, "{\"arn\":\"" + arn + "\"}");
            paths.executeUpdate();
        }
        try (PreparedStatement tokens = connection.prepareStatement("INSERT INTO task_tokens (token, execution_arn,"
                + " path_id, status, heartbeat_deadline) VALUES (?, ?, 'root', 'WAITING', 99)")) {
            tokens.setString(1, "token-" + arn);
            tokens.setString(2, arn);
            tokens.executeUpdate();
        }
        return arn;
    }
}
