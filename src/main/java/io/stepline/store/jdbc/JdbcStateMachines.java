package io.stepline.store.jdbc;

import io.stepline.store.StateMachineRecord;
import io.stepline.store.StateMachines;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code state_machines} table of migration V10. */
final class JdbcStateMachines implements StateMachines {
    private static final String SELECT = "SELECT machine_name, machine_type, role_arn, created_at, deleted_at"
            + " FROM state_machines";
    private static final String UPDATE = "UPDATE state_machines SET machine_type = ?, role_arn = ?, created_at = ?,"
            + " deleted_at = ? WHERE machine_name = ?";
    private static final String INSERT = "INSERT INTO state_machines (machine_type, role_arn, created_at, deleted_at,"
            + " machine_name) VALUES (?, ?, ?, ?, ?)";

    private final StoreDatabase database;

    JdbcStateMachines(StoreDatabase database) {
        this.database = database;
    }

    /** Updates the row, or inserts it; an insert that lost a race to another one updates after all. */
    @Override
    public void save(StateMachineRecord machine) {
        database.autocommit("record state machine", machine.name(), connection -> {
            if (write(connection, UPDATE, machine) > 0) {
                return null;
            }
            try {
                write(connection, INSERT, machine);
            } catch (SQLException e) {
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
                write(connection, UPDATE, machine);
            }
            return null;
        });
    }

    private static int write(Connection connection, String sql, StateMachineRecord machine) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, machine.type());
            statement.setString(2, machine.roleArn());
            Columns.setInstant(statement, 3, machine.createdAt());
            Columns.setInstant(statement, 4, machine.deletedAt());
            statement.setString(5, machine.name());
            return statement.executeUpdate();
        }
    }

    @Override
    public Optional<StateMachineRecord> find(String name) {
        return database.read("read state machine", name, connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE machine_name = ?")) {
                select.setString(1, name);
                List<StateMachineRecord> found = rows(select);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<StateMachineRecord> all() {
        return database.read("list", "state machines", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY machine_name")) {
                return rows(select);
            }
        });
    }

    private static List<StateMachineRecord> rows(PreparedStatement select) throws SQLException {
        List<StateMachineRecord> machines = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                machines.add(new StateMachineRecord(rows.getString("machine_name"), rows.getString("machine_type"),
                        rows.getString("role_arn"), Columns.instant(rows, "created_at"),
                        Columns.instant(rows, "deleted_at")));
            }
        }
        return machines;
    }
}
