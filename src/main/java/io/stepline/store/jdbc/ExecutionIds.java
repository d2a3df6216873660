package io.stepline.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store-internal BIGINT id of each execution (what events, paths and task tokens are keyed
 * by), found by its ARN. An execution's id never changes and executions are never deleted by
 * the store, so ids are cached: a transition of a running execution costs no lookup. Only
 * committed ids are cached (a start remembers its id after its commit), so a rolled-back start
 * leaves nothing behind. The cache is bounded: when full, it starts over.
 */
final class ExecutionIds {
    private static final String BY_ARN = "SELECT execution_id FROM executions WHERE execution_arn = ?";
    static final int CAPACITY = 16_384;

    private final Map<String, Long> cache = new ConcurrentHashMap<>();

    /**
     * The id of execution {@code executionArn}, looked up on {@code connection} when not cached.
     *
     * @throws IllegalStateException when no such execution exists
     */
    long of(Connection connection, String executionArn, String operation) throws SQLException {
        Long cached = cache.get(executionArn);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement select = connection.prepareStatement(BY_ARN)) {
            select.setString(1, executionArn);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("cannot " + operation + " execution " + executionArn
                            + ": it does not exist");
                }
                long id = row.getLong(1);
                remember(executionArn, id);
                return id;
            }
        }
    }

    /** Records the id of an execution whose row is committed. */
    void remember(String executionArn, long id) {
        if (cache.size() >= CAPACITY) {
            cache.clear();
        }
        cache.put(executionArn, id);
    }
}
