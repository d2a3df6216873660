package io.stepline.store.jdbc;

import io.stepline.store.StoreException;
import io.stepline.store.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Turns driver exceptions into the store's: a lost or refused connection is a {@link
 * StoreUnavailableException}, a violated constraint is a bug of the caller ({@link
 * IllegalStateException}), anything else a {@link StoreException}. Messages name the operation,
 * its subject and the database URL, in one line, never with the password; the driver's
 * exception stays attached as the cause for logs.
 */
final class SqlErrors {
    /** PostgreSQL: server shutting down or starting, too many connections, bad password. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "28P01", "28000");
    /**
     * H2 (SQLState = error code): connection broken, database closed, file in use by another
     * process, database shutting down, held in exclusive mode, wrong user name or password.
     */
    private static final Set<String> H2_UNAVAILABLE_STATES = Set.of("90067", "90098", "90020", "90121", "90135",
            "28000");
    private static final int MESSAGE_LIMIT = 600;

    private final String url;
    private final String password;

    SqlErrors(String redactedUrl, String password) {
        this.url = redactedUrl;
        this.password = password;
    }

    String url() {
        return url;
    }

    RuntimeException translate(String operation, String subject, SQLException e) {
        if (isConnectionFailure(e)) {
            return unavailable(e);
        }
        String state = sqlState(e);
        String reason = concise(e);
        if (state != null && state.startsWith("23")) {
            return new IllegalStateException("cannot " + operation + " " + subject + ": " + reason, e);
        }
        return new StoreException("cannot " + operation + " " + subject + " in the store at " + url + ": " + reason
                + (state == null ? "" : " (SQLState " + state + ")"), e);
    }

    StoreUnavailableException unavailable(SQLException e) {
        return new StoreUnavailableException("the execution store at " + url + " is unavailable: " + concise(e), e);
    }

    String scrub(String text) {
        return Redaction.scrub(text, password);
    }

    static boolean isConnectionFailure(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return true;
        }
        String state = sqlState(e);
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)
                || H2_UNAVAILABLE_STATES.contains(state));
    }

    /** A duplicate key: another transaction (or a bug) wrote the same key first. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(sqlState(e));
    }

    /** The SQLState of the exception or, for a batch, of the statement that failed in it. */
    static String sqlState(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            if (current.getSQLState() != null) {
                return current.getSQLState();
            }
        }
        return null;
    }

    /** The first {@link SQLException} among the causes of {@code failure}, or null. */
    static SQLException sqlCause(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /**
     * The most telling driver message, on one line, without H2's echo of the SQL text and
     * without the password: for a pool that gave up, the reason the driver gave it.
     */
    private String concise(SQLException e) {
        SQLException telling = e;
        if (e instanceof SQLTransientConnectionException && sqlCause(e.getCause()) != null) {
            telling = sqlCause(e.getCause());
        } else if (e.getNextException() != null && e.getNextException().getMessage() != null) {
            telling = e.getNextException();
        }
        String message = telling.getMessage() == null ? telling.getClass().getSimpleName() : telling.getMessage();
        int statementEcho = message.indexOf("; SQL statement:");
        if (statementEcho >= 0) {
            message = message.substring(0, statementEcho);
        }
        message = message.replaceAll("\\s*\\R\\s*", " ").strip();
        if (message.length() > MESSAGE_LIMIT) {
            message = message.substring(0, MESSAGE_LIMIT) + "...";
        }
        return scrub(message);
    }
}
