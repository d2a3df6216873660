package io.stepline.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.stepline.store.NewExecution;
import io.stepline.store.StartOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starting executions (names unique per machine, idempotent by input) and reading them back. */
final class Executions {
    private static final String COLUMNS = "SELECT execution_arn, machine_name, machine_version, execution_name,"
            + " execution_type, status, input_json, output_json, error, cause, start_time, stop_time, redrive_count,"
            + " redrive_time, input_hash, context_members FROM executions";
    private static final String BY_ARN = COLUMNS + " WHERE execution_arn = ?";
    private static final String BY_NAME = COLUMNS + " WHERE machine_name = ? AND execution_name = ?";
    private static final String NEWEST_FIRST = " ORDER BY start_time DESC LIMIT ?";
    private static final String RUNNING = "SELECT execution_arn FROM executions WHERE status = 'RUNNING'"
            + " ORDER BY start_time";
    private static final String INSERT = "INSERT INTO executions (execution_arn, machine_name, machine_version,"
            + " execution_name, execution_type, status, input_json, input_hash, start_time, redrive_count, owner,"
            + " lease_until, context_members) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, 0, ?, ?, ?)";

    private static final String[] GENERATED_ID = {"execution_id"};

    private final StoreDatabase database;
    private final Payloads payloads;
    private final TransitionWriter writer;
    private final ExecutionIds ids;

    Executions(StoreDatabase database, Payloads payloads, TransitionWriter writer, ExecutionIds ids) {
        this.database = database;
        this.payloads = payloads;
        this.writer = writer;
        this.ids = ids;
    }

    /**
     * Inserts the execution first: when its name is taken, the unique constraint says so
     * (also to a concurrent start of the same name, which waits for the winner's commit), the
     * transaction is rolled back, and the existing execution decides the outcome.
     */
    StartOutcome start(NewExecution execution) {
        String inputHash = JsonHashes.canonicalSha256Hex(execution.input());
        try {
            long id = database.transaction("start execution", execution.executionArn(), connection -> {
                long executionId = insert(connection, execution, inputHash);
                writer.insertEvents(connection, executionId, execution.events());
                if (execution.rootPath() != null) {
                    writer.upsertPaths(connection, executionId, List.of(execution.rootPath()));
                }
                return executionId;
            });
            ids.remember(execution.executionArn(), id); // committed: its transitions need no lookup
            return new StartOutcome(StartOutcome.Kind.STARTED, asStarted(execution));
        } catch (KeyTaken nameTaken) {
            return existing(execution, inputHash);
        }
    }

    Optional<ExecutionRecord> execution(String executionArn) {
        return database.read("read execution", executionArn,
                connection -> read(connection, BY_ARN, executionArn).map(Stored::record));
    }

    List<ExecutionRecord> executions(ExecutionFilter filter) {
        if (filter.limit() < 1) {
            throw new IllegalArgumentException("an execution listing needs a limit of at least 1, not " + filter.limit());
        }
        StringBuilder sql = new StringBuilder(COLUMNS);
        List<String> conditions = new ArrayList<>();
        if (filter.machineName() != null) {
            conditions.add("machine_name = ?");
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
        }
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", conditions));
        }
        sql.append(NEWEST_FIRST);
        return database.read("list", "executions", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                int index = 1;
                if (filter.machineName() != null) {
                    select.setString(index++, filter.machineName());
                }
                if (filter.status() != null) {
                    select.setString(index++, filter.status().name());
                }
                select.setInt(index, filter.limit());
                return all(connection, select);
            }
        });
    }

    List<String> running() {
        return database.read("list", "running executions", connection -> {
            try (PreparedStatement select = connection.prepareStatement(RUNNING);
                    ResultSet rows = select.executeQuery()) {
                List<String> arns = new ArrayList<>();
                while (rows.next()) {
                    arns.add(rows.getString(1));
                }
                return arns;
            }
        });
    }

    /** The record of an execution just started: what reading it back would return. */
    private static ExecutionRecord asStarted(NewExecution execution) {
        Instant startTime = execution.startTime() == null ? null : execution.startTime().truncatedTo(ChronoUnit.MICROS);
        return new ExecutionRecord(execution.executionArn(), execution.machineName(), execution.machineVersion(),
                execution.name(), execution.type(), ExecutionStatus.RUNNING, execution.input(), null, null, null,
                startTime, null, 0, null, execution.contextMembers());
    }

    private StartOutcome existing(NewExecution execution, String inputHash) {
        String subject = execution.machineName() + "/" + execution.name();
        Stored existing = database.read("read execution", subject,
                connection -> read(connection, BY_NAME, execution.machineName(), execution.name()))
                .orElseThrow(() -> new IllegalStateException("cannot start execution " + execution.executionArn()
                        + ": its arn is taken by an execution of another machine or name"));
        StartOutcome.Kind kind = existing.inputHash().equals(inputHash)
                ? StartOutcome.Kind.ALREADY_STARTED_SAME_INPUT
                : StartOutcome.Kind.NAME_TAKEN_DIFFERENT_INPUT;
        return new StartOutcome(kind, existing.record());
    }

    /** Inserts the execution's row and returns the id the database gave it. */
    private long insert(Connection connection, NewExecution execution, String inputHash) throws SQLException {
        // outside the try below: only the execution's own insert may mean "name taken"
        String input = payloads.inline(connection, execution.input());
        try (PreparedStatement insert = connection.prepareStatement(INSERT, GENERATED_ID)) {
            insert.setString(1, execution.executionArn());
            insert.setString(2, execution.machineName());
            insert.setInt(3, execution.machineVersion());
            insert.setString(4, execution.name());
            insert.setString(5, execution.type());
            insert.setString(6, input);
            insert.setString(7, inputHash);
            Columns.setInstant(insert, 8, execution.startTime());
            insert.setString(9, execution.owner());
            insert.setLong(10, execution.leaseUntil());
            // small (a schedule's name and interval): always inline
            insert.setString(11, execution.contextMembers() == null ? null : Json.write(execution.contextMembers()));
            insert.executeUpdate();
            try (ResultSet generated = insert.getGeneratedKeys()) {
                if (!generated.next()) {
                    throw new IllegalStateException("the store gave execution " + execution.executionArn() + " no id");
                }
                return generated.getLong(1);
            }
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new KeyTaken();
            }
            throw e;
        }
    }

    /** A row as stored: the record, and the input's hash that idempotent starts compare. */
    private record Stored(ExecutionRecord record, String inputHash) {
    }

    private Optional<Stored> read(Connection connection, String sql, String... keys) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                select.setString(i + 1, keys[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(map(connection, row), row.getString("input_hash")))
                        : Optional.empty();
            }
        }
    }

    private List<ExecutionRecord> all(Connection connection, PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<ExecutionRecord> records = new ArrayList<>();
            while (rows.next()) {
                records.add(map(connection, rows));
            }
            return records;
        }
    }

    private ExecutionRecord map(Connection connection, ResultSet row) throws SQLException {
        return new ExecutionRecord(
                row.getString("execution_arn"),
                row.getString("machine_name"),
                row.getInt("machine_version"),
                row.getString("execution_name"),
                row.getString("execution_type"),
                ExecutionStatus.valueOf(row.getString("status")),
                payloads.resolve(connection, row.getString("input_json")),
                payloads.resolve(connection, row.getString("output_json")),
                row.getString("error"),
                row.getString("cause"),
                Columns.instant(row, "start_time"),
                Columns.instant(row, "stop_time"),
                row.getInt("redrive_count"),
                Columns.instant(row, "redrive_time"),
                contextMembers(row.getString("context_members")));
    }

    private static ObjectNode contextMembers(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        try {
            return (ObjectNode) Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new SQLException("executions.context_members is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
