package io.stepline.connector.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.stepline.config.Connection;
import io.stepline.config.secret.SecretException;
import io.stepline.connector.TaskFailedException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HikariCP pool per connection, made on first use and shared by every execution in the
 * process. Keyed by the resolved URL and credentials too, so a rotated secret gets a new pool.
 * Settings: {@code url}, {@code user}, {@code password}, {@code poolSize} (4),
 * {@code connectTimeoutSeconds} (10), {@code properties:} (driver properties).
 */
final class JdbcPools {
    private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> POOLS.values().forEach(HikariDataSource::close),
                "stepline-jdbc-pools-close"));
    }

    private JdbcPools() {
    }

    /** The pool for {@code connection}, whose settings are resolved now (secrets at run time). */
    static Pool of(Connection connection) throws TaskFailedException {
        try {
            String url = connection.required("url");
            String user = connection.setting("user");
            String password = connection.setting("password");
            Map<String, String> properties = connection.settings("properties");
            String key = connection.name() + '\0' + url + '\0' + user + '\0' + Objects.hashCode(password)
                    + '\0' + properties.hashCode();
            if (Dialect.of(url) == Dialect.DUCKDB) {
                makeParentDirectory(url.substring("jdbc:duckdb:".length()));
            }
            HikariDataSource pool = POOLS.computeIfAbsent(key, k -> create(connection, url, user, password, properties));
            return new Pool(connection.name(), Dialect.of(url), pool);
        } catch (SecretException e) {
            throw new TaskFailedException(JdbcErrors.CONNECTION_FAILED, e.getMessage());
        }
    }

    /** DuckDB makes its file but not the folder (the embedded default lives in ./data). */
    private static void makeParentDirectory(String file) throws TaskFailedException {
        String path = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("md:")) {
            return;
        }
        java.nio.file.Path parent = java.nio.file.Path.of(path).toAbsolutePath().getParent();
        try {
            java.nio.file.Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new TaskFailedException(JdbcErrors.CONNECTION_FAILED, "cannot make the folder " + parent
                    + " for the DuckDB file " + path + ": " + e.getMessage());
        }
    }

    private static HikariDataSource create(Connection connection, String url, String user, String password,
            Map<String, String> properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("stepline-jdbc-" + connection.name());
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(intSetting(connection, "poolSize", 4));
        config.setMinimumIdle(0);
        config.setConnectionTimeout(1000L * intSetting(connection, "connectTimeoutSeconds", 10));
        // A database that is down when the pool is made fails the task (retryably), not the pool.
        config.setInitializationFailTimeout(-1);
        if (Dialect.of(url) == Dialect.POSTGRES) {
            // strings bound to date or numeric columns (a partition value) are typed by the server
            config.addDataSourceProperty("stringtype", "unspecified");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        properties.forEach(config::addDataSourceProperty);
        return new HikariDataSource(config);
    }

    private static int intSetting(Connection connection, String key, int fallback) {
        String text = connection.written(key);
        try {
            return text == null ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A connection's pool and what it connects to. */
    record Pool(String name, Dialect dialect, HikariDataSource dataSource) {
        java.sql.Connection connect(String doing) throws TaskFailedException {
            try {
                return dataSource.getConnection();
            } catch (java.sql.SQLException e) {
                throw JdbcErrors.of(e, doing);
            }
        }
    }
}
