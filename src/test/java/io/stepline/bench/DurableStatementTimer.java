package io.stepline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Profiling only ({@code --profile}): times every JDBC call the store makes, by statement, to
 * show where a durable transition's time goes. It takes the place of the database's driver in
 * {@link DriverManager}, so the store's pool connects through it without knowing; connections
 * and prepared statements are wrapped in JDK proxies (the only way to see inside the store
 * without changing it) that time the calls that reach the database: executing, committing,
 * rolling back, switching autocommit, preparing. The figures include the proxies' own small cost.
 */
final class DurableStatementTimer implements Driver {
    private static final Set<String> TIMED_CONNECTION = Set.of("commit", "rollback", "setAutoCommit",
            "prepareStatement", "isValid");
    private static final Set<String> TIMED_STATEMENT = Set.of("execute", "executeQuery", "executeUpdate",
            "executeBatch", "executeLargeBatch", "executeLargeUpdate");

    private final Driver driver;
    private final Map<String, LongAdder[]> calls = new ConcurrentHashMap<>();

    private DurableStatementTimer(Driver driver) {
        this.driver = driver;
    }

    /** Takes the place of the driver {@code url} would use, for every connection made from now on. */
    static DurableStatementTimer install(String url) throws SQLException {
        Driver real = DriverManager.getDriver(url);
        DurableStatementTimer timer = new DurableStatementTimer(real);
        DriverManager.deregisterDriver(real);
        DriverManager.registerDriver(timer);
        return timer;
    }

    /** Per timed call ("commit", "executeBatch INSERT INTO events", ...): {calls, total nanos}. */
    Map<String, long[]> snapshot() {
        Map<String, long[]> copy = new TreeMap<>();
        calls.forEach((name, counts) -> copy.put(name, new long[] {counts[0].sum(), counts[1].sum()}));
        return copy;
    }

    /** The calls between two snapshots, per {@code units} (transitions): calls and microseconds each. */
    static ObjectNode difference(Map<String, long[]> before, Map<String, long[]> after, long units) {
        ObjectNode node = Json.NODES.objectNode();
        after.forEach((name, counts) -> {
            long[] earlier = before.getOrDefault(name, new long[2]);
            long count = counts[0] - earlier[0];
            if (count > 0) {
                node.putObject(name).put("per_transition", count / (double) units)
                        .put("us_each", (counts[1] - earlier[1]) / 1000.0 / count);
            }
        });
        return node;
    }

    private void record(String name, long nanos) {
        LongAdder[] counts = calls.computeIfAbsent(name, n -> new LongAdder[] {new LongAdder(), new LongAdder()});
        counts[0].increment();
        counts[1].add(nanos);
    }

    private Object timed(String name, Object target, Method method, Object[] args) throws Throwable {
        long started = System.nanoTime();
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            record(name, System.nanoTime() - started);
        }
    }

    /** The first words of a statement: enough to tell the store's statements apart. */
    private static String label(String sql) {
        String[] words = sql.trim().replaceAll("\\s+", " ").split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                PreparedStatement statement = (PreparedStatement) timed("prepareStatement", connection, method, args);
                return wrap(statement, label(sql));
            }
            if (TIMED_CONNECTION.contains(name)) {
                return timed(name + (args != null && args.length == 1 && args[0] instanceof Boolean b ? "(" + b + ")"
                        : ""), connection, method, args);
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private PreparedStatement wrap(PreparedStatement statement, String label) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (TIMED_STATEMENT.contains(method.getName())) {
                return timed(method.getName() + " " + label, statement, method, args);
            }
            try {
                return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = driver.connect(url, info);
        return connection == null ? null : wrap(connection);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return driver.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return driver.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return driver.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return driver.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return driver.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }
}
