package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns driver exceptions into ASL error names a Retry or Catch can match, from the SQLState
 * class (and DuckDB's message prefixes, as it sets no SQLState). Retryable: ConnectionFailed,
 * Timeout, TransactionConflict. The cause names what was being done and where; it is redacted
 * of secrets by {@link TaskFailedException}.
 */
final class JdbcErrors {
    static final String CONNECTION_FAILED = "Jdbc.ConnectionFailed";
    static final String TIMEOUT = "Jdbc.Timeout";
    static final String TRANSACTION_CONFLICT = "Jdbc.TransactionConflict";
    static final String CONSTRAINT_VIOLATION = "Jdbc.ConstraintViolation";
    static final String INVALID_DATA = "Jdbc.InvalidData";
    static final String TABLE_NOT_FOUND = "Jdbc.TableNotFound";
    static final String INVALID_STATEMENT = "Jdbc.InvalidStatement";
    static final String OTHER = "Jdbc.SQLException";

    private JdbcErrors() {
    }

    /** {@code doing} says what and where, e.g. {@code writing table sales.orders on connection warehouse}. */
    static TaskFailedException of(SQLException e, String doing) {
        String state = stateOf(e);
        return new TaskFailedException(nameOf(e, state), doing + " failed: " + describe(e)
                + (state == null ? "" : " (SQLState " + state + ")"));
    }

    static String nameOf(SQLException e, String state) {
        if (e instanceof SQLTimeoutException) {
            return TIMEOUT;
        }
        if (e instanceof SQLTransientConnectionException) {
            return CONNECTION_FAILED;
        }
        if (state == null) {
            return duckDbName(String.valueOf(e.getMessage()));
        }
        if (state.equals("57014") || state.startsWith("HYT")) {
            return TIMEOUT;
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return TRANSACTION_CONFLICT;
        }
        if (state.startsWith("42P01") || state.equals("42S02") || state.equals("42102") || state.equals("42104")) {
            return TABLE_NOT_FOUND;
        }
        return switch (state.substring(0, Math.min(2, state.length()))) {
            case "08", "57" -> CONNECTION_FAILED;
            case "23" -> CONSTRAINT_VIOLATION;
            case "22" -> INVALID_DATA;
            case "42" -> INVALID_STATEMENT;
            default -> OTHER;
        };
    }

    private static String duckDbName(String message) {
        if (message.startsWith("Constraint Error")) {
            return CONSTRAINT_VIOLATION;
        }
        if (message.startsWith("Conversion Error") || message.startsWith("Invalid Input Error")) {
            return INVALID_DATA;
        }
        if (message.startsWith("Catalog Error: Table")) {
            return TABLE_NOT_FOUND;
        }
        if (message.startsWith("Parser Error") || message.startsWith("Binder Error")
                || message.startsWith("Catalog Error")) {
            return INVALID_STATEMENT;
        }
        if (message.startsWith("IO Error: Could not set lock")) {
            return CONNECTION_FAILED; // another process holds the file: worth retrying
        }
        return OTHER;
    }

    /** The innermost SQLState (pools and batches wrap the driver's exception). */
    private static String stateOf(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && sql.getNextException().getSQLState() != null) {
                return sql.getNextException().getSQLState();
            }
        }
        return null;
    }

    /** The first lines of the driver's message (and its cause's), never a stack trace. */
    private static String describe(SQLException e) {
        StringBuilder text = new StringBuilder(firstLines(e.getMessage()));
        Throwable cause = e.getNextException() != null ? e.getNextException() : e.getCause();
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(" (").append(firstLines(cause.getMessage())).append(')');
        }
        return text.toString();
    }

    private static String firstLines(String message) {
        if (message == null) {
            return "no message";
        }
        String[] lines = message.strip().split("\\R");
        return lines.length <= 2 ? String.join(" ", lines).strip() : (lines[0] + " " + lines[1]).strip();
    }
}
