package io.stepline.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A store under test, its settings and a way to look at its tables directly. */
record TestStore(String database, StoreSettings settings, JdbcExecutionStore store) implements AutoCloseable {

    static TestStore open(String database, StoreSettings settings) {
        return new TestStore(database, settings, JdbcExecutionStore.open(settings));
    }

    /** Another store on the same database (the schema is already migrated), e.g. with another threshold. */
    JdbcExecutionStore reopen(StoreSettings changed) {
        return JdbcExecutionStore.open(changed);
    }

    /** The single number {@code sql} selects, with its parameters. */
    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return database;
    }
}
