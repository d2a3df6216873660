package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns driver exceptions into ASL error names a Retry or Catch can match, from the SQLState
 * class (and DuckDB's message prefixes, as it sets no SQLState). Retryable: ConnectionFailed,
 * Timeout, TransactionConflict (one name for every database's "another transaction got there
 * first": serialization failures, deadlocks, lock waits, DuckDB's write-write conflicts). The cause names what was being done and where; it is redacted
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
        if (isConflict(e, state)) {
            return TRANSACTION_CONFLICT;
        }
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

    /**
     * Another transaction got there first; running the whole write again is the fix. Checked
     * before time-outs: H2's lock timeout is an SQLTimeoutException (HYT00), MariaDB's lock wait
     * a plain HY000, both told apart by their error codes.
     */
    static boolean isConflict(SQLException e, String state) {
        if (state == null) {
            return isDuckDbConflict(e);
        }
        int code = codeOf(e);
        return switch (state) {
            case "40001", "40P01", "55P03" -> true; // serialization failure, deadlock (also MariaDB 1213, H2), lock not available
            case "HYT00" -> code == 50200; // H2: timeout trying to lock a table or row
            case "90131" -> true; // H2: concurrent update in another transaction
            case "HY000" -> code == 1205 || code == 1213; // MariaDB/MySQL: lock wait timeout, deadlock
            default -> false;
        };
    }

    /** DuckDB's optimistic concurrency: "Catalog write-write conflict", "Conflict on update!", "Transaction conflict". */
    static boolean isDuckDbConflict(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("TransactionContext Error") && message.toLowerCase(java.util.Locale.ROOT).contains("conflict");
    }

    private static int codeOf(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
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
