package io.stepline.store.jdbc;

import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStore;
import io.stepline.store.MachineVersion;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StartOutcome;
import io.stepline.store.StoreException;
import io.stepline.store.StoreUnavailableException;
import io.stepline.store.StoredEvent;
import io.stepline.store.StateMachines;
import io.stepline.store.TaskLogs;
import io.stepline.store.TaskTokenRecord;
import io.stepline.store.Transition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link ExecutionStore} on a JDBC database: embedded H2 (the default) or PostgreSQL,
 * migrated by Flyway on {@link #open}, pooled by HikariCP.
 *
 * <p>Failures: {@link StoreUnavailableException} when the database cannot be reached; {@link
 * IllegalStateException} when a write contradicts what is stored (a duplicate event id, an
 * unknown execution: a bug of the caller), nothing of that write kept; {@link StoreException}
 * for other database failures. Messages never contain the password.
 */
public final class JdbcExecutionStore implements ExecutionStore {
    private final StoreDatabase database;
    private final MachineVersions versions;
    private final Executions executions;
    private final ExecutionHistory history;
    private final TransitionWriter writer;
    private final Leases leases;
    private final JdbcTaskLogs taskLogs;
    private final JdbcStateMachines stateMachines;

    private JdbcExecutionStore(StoreDatabase database, int payloadThresholdBytes) {
        this.database = database;
        Payloads payloads = new Payloads(payloadThresholdBytes);
        ExecutionIds ids = new ExecutionIds();
        this.writer = new TransitionWriter(database.dialect, payloads, ids);
        this.versions = new MachineVersions(database);
        this.executions = new Executions(database, payloads, writer, ids);
        this.history = new ExecutionHistory(database, payloads);
        this.leases = new Leases(database);
        this.taskLogs = new JdbcTaskLogs(database, ids);
        this.stateMachines = new JdbcStateMachines(database);
    }

    /**
     * Connects, migrates the schema to this version of Stepline (creating it on first use) and
     * builds the pool.
     *
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws IllegalArgumentException when the URL names a database Stepline does not support
     * @throws IllegalStateException when the schema cannot be migrated
     */
    public static JdbcExecutionStore open(StoreSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new JdbcExecutionStore(StoreDatabase.open(settings), settings.payloadThresholdBytes());
    }

    @Override
    public MachineVersion registerVersion(String machineName, String definition, String contentHash,
            String sourceFile) {
        return versions.register(machineName, definition, contentHash, sourceFile);
    }

    @Override
    public Optional<MachineVersion> version(String machineName, int version) {
        return versions.version(machineName, version);
    }

    @Override
    public Optional<MachineVersion> latestVersion(String machineName) {
        return versions.latest(machineName);
    }

    @Override
    public List<MachineVersion> machines() {
        return versions.machines();
    }

    @Override
    public StartOutcome start(NewExecution execution) {
        return executions.start(execution);
    }

    @Override
    public Optional<ExecutionRecord> execution(String executionArn) {
        return executions.execution(executionArn);
    }

    @Override
    public List<ExecutionRecord> executions(ExecutionFilter filter) {
        return executions.executions(filter);
    }

    @Override
    public List<String> runningExecutions() {
        return executions.running();
    }

    @Override
    public boolean claim(String executionArn, String owner, long leaseUntil, long now) {
        return leases.claim(executionArn, owner, leaseUntil, now);
    }

    @Override
    public void renewLeases(String owner, long leaseUntil) {
        leases.renew(owner, leaseUntil);
    }

    @Override
    public List<String> claimable(String owner, long now, int limit) {
        return leases.claimable(owner, now, limit);
    }

    @Override
    public void apply(String executionArn, Transition transition) {
        PostgresOneStatement.Rows rows = writer.asOneStatement(transition);
        if (rows != null) {
            database.autocommit("apply a transition to execution", executionArn, connection -> {
                writer.writeOneStatement(connection, executionArn, rows);
                return null;
            });
            return;
        }
        database.transaction("apply a transition to execution", executionArn, connection -> {
            writer.write(connection, executionArn, transition);
            return null;
        });
    }

    @Override
    public List<StoredEvent> events(String executionArn, long afterEventId, int limit) {
        return history.events(executionArn, afterEventId, limit);
    }

    @Override
    public long lastEventId(String executionArn) {
        return history.lastEventId(executionArn);
    }

    @Override
    public List<PathRecord> paths(String executionArn) {
        return history.paths(executionArn);
    }

    @Override
    public Optional<TaskTokenRecord> taskToken(String token) {
        return history.taskToken(token);
    }

    @Override
    public Optional<String> payload(String reference) {
        return history.payload(reference);
    }

    @Override
    public TaskLogs taskLogs() {
        return taskLogs;
    }

    @Override
    public StateMachines stateMachines() {
        return stateMachines;
    }

    /**
     * The store's pooled connections, for components that keep their own tables in the same
     * database (Quartz's JDBC job store: its {@code qrtz_*} tables are created by the store's
     * migrations). Valid until {@link #close()}.
     */
    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public void close() {
        database.close();
    }
}
