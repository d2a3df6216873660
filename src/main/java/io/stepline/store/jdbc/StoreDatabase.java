package io.stepline.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's database: a HikariCP pool over a migrated schema, and the two ways the store
 * uses a connection (a read, a transaction), with every {@link SQLException} translated by
 * {@link SqlErrors}.
 */
final class StoreDatabase implements AutoCloseable {
    /** Flyway's history table, named for Stepline so it never meets an application's own. */
    static final String SCHEMA_HISTORY_TABLE = "stepline_schema_history";

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    final Dialect dialect;
    private final HikariDataSource pool;
    private final SqlErrors errors;

    private StoreDatabase(Dialect dialect, HikariDataSource pool, SqlErrors errors) {
        this.dialect = dialect;
        this.pool = pool;
        this.errors = errors;
    }

    /**
     * Connects once directly (so an unreachable database fails fast with one clear message,
     * not a pool's retries and logged stack traces), then builds the pool and migrates. The
     * first connection stays open until the pool has its own, so an embedded H2 database is
     * opened once.
     */
    @SuppressWarnings("try") // "first" is held open, never used: see above
    static StoreDatabase open(StoreSettings settings) {
        Dialect dialect = Dialect.forUrl(settings.url());
        SqlErrors errors = new SqlErrors(settings.redactedUrl(), settings.password());
        Properties properties = connectionProperties(dialect, settings);
        try (Connection first = connectDirectly(settings, properties, errors)) {
            HikariDataSource pool = pool(settings, properties);
            try {
                migrate(dialect, pool, errors);
                return new StoreDatabase(dialect, pool, errors);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        } catch (SQLException e) {
            throw errors.translate("close the first connection to", "the store", e);
        }
    }

    private static Connection connectDirectly(StoreSettings settings, Properties properties, SqlErrors errors) {
        try {
            Properties withCredentials = new Properties();
            withCredentials.putAll(properties);
            // empty means "not given": the URL's own user/password parameters, if any, apply
            if (!settings.user().isEmpty()) {
                withCredentials.setProperty("user", settings.user());
            }
            if (!settings.password().isEmpty()) {
                withCredentials.setProperty("password", settings.password());
            }
            return DriverManager.getConnection(settings.url(), withCredentials);
        } catch (SQLException e) {
            throw errors.unavailable(e);
        }
    }

    private static Properties connectionProperties(Dialect dialect, StoreSettings settings) {
        Properties properties = new Properties();
        if (dialect == Dialect.POSTGRESQL) {
            String seconds = Long.toString(Math.max(1, settings.connectTimeout().toSeconds()));
            properties.setProperty("connectTimeout", seconds);
            properties.setProperty("loginTimeout", seconds);
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", "stepline");
        }
        return properties;
    }

    private static HikariDataSource pool(StoreSettings settings, Properties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("stepline-store");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user().isEmpty() ? null : settings.user());
        config.setPassword(settings.password().isEmpty() ? null : settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(5_000, settings.connectTimeout().toMillis())));
        // The direct connection above already proved the database reachable; a pool that fails
        // later reports through getConnection, which SqlErrors turns into StoreUnavailable.
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        config.setDataSourceProperties(properties);
        return new HikariDataSource(config);
    }

    private static void migrate(Dialect dialect, HikariDataSource pool, SqlErrors errors) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(dialect.migrationLocations())
                    .placeholders(dialect.placeholders())
                    .table(SCHEMA_HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            SQLException sql = SqlErrors.sqlCause(e);
            if (sql != null && SqlErrors.isConnectionFailure(sql)) {
                throw errors.unavailable(sql);
            }
            throw new IllegalStateException("the store schema at " + errors.url() + " could not be migrated: "
                    + errors.scrub(SqlErrors.firstLine(e.getMessage())), e);
        }
    }

    /** Runs {@code work} on a pooled connection in autocommit mode (reads). */
    <T> T read(String operation, String subject, SqlWork<T> work) {
        return autocommit(operation, subject, work);
    }

    /**
     * Runs {@code work} on a pooled connection in autocommit mode: each statement is its own
     * transaction, committed (on PostgreSQL: flushed to the WAL) before the statement returns.
     */
    <T> T autocommit(String operation, String subject, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw errors.translate(operation, subject, e);
        }
    }

    /** Runs {@code work} as one transaction: all of it is committed, or none of it. */
    <T> T transaction(String operation, String subject, SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw errors.translate(operation, subject, e);
        }
    }

    SqlErrors errors() {
        return errors;
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    DataSource dataSource() {
        return pool;
    }
}
