package io.stepline.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Quartz's job store borrows connections from the store's HikariCP pool (whose owner closes it). */
final class StoreConnectionProvider implements ConnectionProvider {
    private final DataSource pool;

    StoreConnectionProvider(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void shutdown() {
        // the pool belongs to the execution store
    }

    @Override
    public void initialize() {
        // nothing: the pool is open
    }
}
