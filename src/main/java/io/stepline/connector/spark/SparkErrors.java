package io.stepline.connector.spark;

import io.stepline.connector.TaskFailedException;
import org.apache.spark.SparkException;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/**
 * Turns what Spark throws into ASL errors that Retry and Catch can match, with a cause a person
 * can act on (what failed and where; Spark's first line, never a stack trace):
 * <ul>
 * <li>{@code Spark.InputNotFound}: an input path does not exist;</li>
 * <li>{@code Spark.AnalysisException}: the plan is wrong (a missing column or table, a type
 *     mismatch, SQL that does not parse, an unbound {@code :parameter});</li>
 * <li>{@code Spark.TaskFailed}: a job failed while running (bad data under ANSI casts, a
 *     malformed file read in FAILFAST mode, an executor lost);</li>
 * <li>{@code Spark.OutOfMemory}: the driver or an executor ran out of memory;</li>
 * <li>{@code Spark.InvalidParameters}: a transform rejected its parameters;</li>
 * <li>{@code Spark.TransformFailed}: a Java transform threw anything else;</li>
 * <li>{@code Spark.Cancelled}: the engine cancelled the task's jobs.</li>
 * </ul>
 */
public final class SparkErrors {
    public static final String INPUT_NOT_FOUND = "Spark.InputNotFound";
    public static final String ANALYSIS = "Spark.AnalysisException";
    public static final String TASK_FAILED = "Spark.TaskFailed";
    public static final String OUT_OF_MEMORY = "Spark.OutOfMemory";
    public static final String INVALID_PARAMETERS = "Spark.InvalidParameters";
    public static final String TRANSFORM_FAILED = "Spark.TransformFailed";
    public static final String CANCELLED = "Spark.Cancelled";

    private SparkErrors() {
    }

    /**
     * The failure for {@code error}, thrown while doing {@code where} (e.g. "transform 'journeys',
     * reading input 'touchpoints' (data/touchpoints.csv)"). Errors other than memory exhaustion
     * are rethrown as they are: they are faults, not task failures.
     */
    public static TaskFailedException of(Throwable error, String where) {
        if (find(error, OutOfMemoryError.class) != null) {
            return new TaskFailedException(OUT_OF_MEMORY, where + ": out of memory; raise spark.driver.memory"
                    + " (local mode) or spark.executor.memory, or give the job more partitions");
        }
        if (error instanceof Error fault) {
            throw fault;
        }
        TransformParameterException parameters = find(error, TransformParameterException.class);
        if (parameters != null) {
            return new TaskFailedException(INVALID_PARAMETERS, where + ": " + parameters.getMessage());
        }
        AnalysisException analysis = find(error, AnalysisException.class);
        if (analysis != null) {
            String condition = analysis.getCondition();
            String name = "PATH_NOT_FOUND".equals(condition) ? INPUT_NOT_FOUND : ANALYSIS;
            return new TaskFailedException(name, where + ": " + firstLine(analysis));
        }
        if (error instanceof SparkException || error instanceof SparkThrowable) {
            return new TaskFailedException(TASK_FAILED, where + ": " + firstLine(innermost(error)));
        }
        return new TaskFailedException(TRANSFORM_FAILED, where + ": " + error.getClass().getSimpleName() + ": "
                + firstLine(error));
    }

    /** The first line of a message: Spark appends plans and stack traces after it. */
    public static String firstLine(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The most specific cause: a job failure wraps the task's own exception ("Job aborted due
     * to stage failure: ... most recent failure: ...") whose message says what was wrong.
     */
    private static Throwable innermost(Throwable error) {
        Throwable best = error;
        for (Throwable t = error.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (!(t instanceof SparkException) || ((SparkException) t).getCondition() != null) {
                best = t;
            }
        }
        return best;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
