package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.event;
import static io.stepline.store.jdbc.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.stepline.store.ExecutionRecord;
import io.stepline.store.NewExecution;
import io.stepline.store.StoreUnavailableException;
import io.stepline.store.Transition;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLifecycleTest {
    private static final String PASSWORD = "pw-must-not-leak";
    /** Not a timing assertion: a guard that fails the test instead of hanging if timeouts are not applied. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(15);

    @Test
    void anEmbeddedStoreKeepsItsDataAcrossCloseAndReopen(@TempDir Path directory) {
        StoreSettings settings = StoreSettings.embedded(directory.resolve("stepline"));
        NewExecution execution = Fixtures.execution("{\"kept\":true}");
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings)) {
            store.registerVersion(execution.machineName(), "{\"StartAt\":\"A\"}", "hash", null);
            store.start(execution);
            store.apply(execution.executionArn(), Transition.of(List.of(event(2, "PassStateEntered", "{}")),
                    List.of(path("root", "{\"state\":\"Second\"}"))));
        }

        try (JdbcExecutionStore reopened = JdbcExecutionStore.open(settings)) {
            ExecutionRecord record = reopened.execution(execution.executionArn()).orElseThrow();
            assertThat(record.input()).isEqualTo(execution.input());
            assertThat(reopened.lastEventId(execution.executionArn())).isEqualTo(2);
            assertThat(reopened.paths(execution.executionArn())).containsExactly(path("root", "{\"state\":\"Second\"}"));
            assertThat(reopened.latestVersion(execution.machineName()).orElseThrow().version()).isEqualTo(1);
        }
    }

    @OnBothDatabases
    void migrationsCreateTheStoreAndQuartzTablesWhichTheStoresPoolReaches(TestStore db) throws SQLException {
        try (Connection quartz = db.store().dataSource().getConnection();
                Statement statement = quartz.createStatement()) {
            statement.executeUpdate("INSERT INTO qrtz_locks (sched_name, lock_name) VALUES ('stepline', 'TRIGGER_ACCESS')");
        }
        assertThat(db.count("SELECT COUNT(*) FROM qrtz_locks WHERE sched_name = 'stepline'")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM qrtz_triggers")).isZero();
        // Flyway names its table and columns in lower case on both databases (quoted on H2)
        assertThat(db.count("SELECT COUNT(*) FROM \"" + StoreDatabase.SCHEMA_HISTORY_TABLE + "\""
                + " WHERE \"version\" IN ('1', '2') AND \"success\" = TRUE")).isEqualTo(2);
    }

    @Test
    void anUnreachableDatabaseIsReportedWithoutThePassword() throws IOException {
        int closedPort = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/stepline";
        StoreSettings settings = StoreSettings.of(url, "stepline", PASSWORD).withConnectTimeout(Duration.ofSeconds(2));

        StoreUnavailableException failure = assertTimeoutPreemptively(HANG_GUARD,
                () -> catchUnavailable(() -> JdbcExecutionStore.open(settings).close()));

        assertThat(failure.getMessage()).contains(url).contains("refused").doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordInTheUrlIsMaskedInMessages() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/stepline?user=stepline&password=" + PASSWORD;

        StoreUnavailableException failure = catchUnavailable(() -> JdbcExecutionStore.open(StoreSettings.of(url, null,
                null).withConnectTimeout(Duration.ofSeconds(2))).close());

        assertThat(failure.getMessage()).contains("password=***").doesNotContain(PASSWORD);
    }

    @Test
    void aDatabaseLostWhileRunningIsReportedAsUnavailable() throws SQLException {
        StoreSettings settings = EmbeddedPostgresServer.freshDatabase("lost").withConnectTimeout(Duration.ofSeconds(1))
                .withPoolSize(2);
        String database = settings.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (JdbcExecutionStore store = JdbcExecutionStore.open(settings)) {
            try (Connection admin = EmbeddedPostgresServer.server().getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + database + "'");
            }

            StoreUnavailableException failure = assertTimeoutPreemptively(HANG_GUARD,
                    () -> catchUnavailable(() -> store.execution("arn:any")));

            assertThat(failure.getMessage()).contains(settings.redactedUrl()).contains("unavailable");
        }
    }

    @Test
    void anUnsupportedDatabaseIsRefusedByName() {
        assertThatThrownBy(() -> JdbcExecutionStore.open(StoreSettings.of("jdbc:mysql://db/stepline", "u", PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/stepline");
    }

    @Test
    void anEmbeddedDatabaseHeldExclusivelyIsUnavailable(@TempDir Path directory) throws SQLException {
        StoreSettings settings = StoreSettings.embedded(directory.resolve("stepline"));
        try (Connection holder = DriverManager.getConnection(settings.url(), "sa", "")) {
            holder.createStatement().execute("SET EXCLUSIVE 1");

            StoreUnavailableException failure = catchUnavailable(() -> JdbcExecutionStore.open(settings).close());

            assertThat(failure.getMessage()).contains(directory.toString());
        }
    }

    private static StoreUnavailableException catchUnavailable(Runnable action) {
        try {
            action.run();
        } catch (StoreUnavailableException expected) {
            return expected;
        }
        throw new AssertionError("expected a StoreUnavailableException");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
