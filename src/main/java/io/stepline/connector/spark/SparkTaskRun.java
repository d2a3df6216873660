package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One attempt of a Spark task (a transform or a scoring): its own session over the shared
 * context, its jobs in one cancellable group, and every failure turned into an ASL error that
 * names the task and the step it was on (reading which input, writing which output).
 */
public final class SparkTaskRun {
    private final SparkSession spark;
    private final DatasetReader reader;
    private final DatasetWriter writer;
    private final String attempt;
    private volatile String step = "planning";

    /** What a task does with its run; returns the result, to which {@code durationMs} is added. */
    public interface Body {
        ObjectNode run(SparkTaskRun run) throws TaskFailedException;
    }

    private SparkTaskRun(SparkSession spark, SparkSettings settings, String attempt) {
        this.spark = spark;
        this.reader = new DatasetReader(spark, settings);
        this.writer = new DatasetWriter(spark, settings);
        this.attempt = attempt;
    }

    /**
     * Runs {@code body} for the task described as {@code what} (e.g. "transform 'journeys'").
     *
     * @throws TaskFailedException  a Spark error ({@link SparkErrors}) or the body's own
     * @throws InterruptedException the engine interrupted the task; its jobs are cancelled
     */
    public static ObjectNode run(String what, SparkSettings settings, TaskRequest request, Body body)
            throws TaskFailedException, InterruptedException {
        long started = System.nanoTime();
        SparkSession spark = SparkSessions.forTask(settings);
        String attempt = digest(request.idempotencyKey());
        SparkTaskRun run = new SparkTaskRun(spark, settings, attempt);
        JobScope scope = new JobScope(spark.sparkContext(), "stepline-" + attempt, what, request.control());
        try (scope) {
            ObjectNode result = body.run(run);
            result.put("durationMs", (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (TaskFailedException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            if (Thread.currentThread().isInterrupted()) {
                scope.cancel();
                throw new InterruptedException(what + " was interrupted");
            }
            if (scope.cancelled()) {
                throw new TaskFailedException(SparkErrors.CANCELLED, what + ": cancelled while " + run.step);
            }
            throw SparkErrors.of(e, what + ", " + run.step);
        }
    }

    public SparkSession spark() {
        return spark;
    }

    /** Says what the task is doing, for the error a failure from now on reports. */
    public void step(String description) {
        step = description;
    }

    /** Reads input {@code name}; a missing path fails as {@code Spark.InputNotFound} naming it. */
    public Dataset<Row> read(String name, DatasetRef ref) throws TaskFailedException {
        step("reading input '" + name + "' (" + ref.uri() + (ref.table() == null ? "" : " " + ref.table()) + ")");
        return reader.read(ref, "inputs." + name);
    }

    /** Writes output {@code name} and describes it (rows, schema). */
    public DatasetRef write(String name, Dataset<Row> data, OutputSpec spec) throws TaskFailedException {
        step("writing output '" + name + "' (" + spec.target().uri() + ")");
        return writer.write(data, spec, attempt, "outputs." + name);
    }

    /** A short, path-safe name for an attempt: the same whenever the engine re-runs it. */
    private static String digest(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
