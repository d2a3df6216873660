package io.stepline.connector.spark;

import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * Writes a DataFrame where an {@link OutputSpec} says and describes what it wrote (row count,
 * schema) without a second job over the data: Parquet that replaces its target is counted from
 * the written footers ({@link ParquetRows}), anything else while it is written (an Observation).
 * <p>
 * {@code overwrite} (the default) writes files to a staging directory beside the target, named
 * after the attempt, then swaps it in: readers never see a half-written output, and a re-run of
 * the same attempt after a crash replaces both the staging leftovers and the target, so nothing
 * is duplicated. {@code append} adds files (a re-run duplicates: use it knowingly).
 * Tables are written through Spark's JDBC source ({@code overwrite} truncates, keeping the
 * table's definition).
 */
public final class DatasetWriter {
    private final SparkSession spark;
    private final SparkSettings settings;

    public DatasetWriter(SparkSession spark, SparkSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * @param attempt a name stable across re-runs of one attempt (for the staging directory)
     * @param where   the output's name in messages (e.g. {@code outputs.journeys})
     */
    public DatasetRef write(Dataset<Row> data, OutputSpec spec, String attempt, String where)
            throws TaskFailedException {
        DatasetRef target = spec.target();
        // A Parquet output that replaces its target is counted from its footers; others as written.
        boolean fromFooters = target.format().equals("parquet") && spec.mode().equals("overwrite");
        Observation rows = new Observation("stepline-rows");
        Dataset<Row> counted = fromFooters ? data : data.observe(rows, functions.count(functions.lit(1)).as("rows"));
        DataFrameWriter<Row> writer = counted.write().options(target.options());
        if (!spec.partitionBy().isEmpty()) {
            writer = writer.partitionBy(spec.partitionBy().toArray(String[]::new));
        }
        if (target.format().equals("table")) {
            SparkSettings.JdbcTarget jdbc = settings.jdbc(target.connection(), where);
            writer.mode(spec.mode()).option("truncate", "true").jdbc(jdbc.url(), target.table(), jdbc.properties());
        } else {
            writer = writer.format(DatasetReader.sparkFormat(target.format()));
            if (target.format().equals("csv") && !target.options().containsKey("header")) {
                writer = writer.option("header", "true");
            }
            if (spec.mode().equals("overwrite")) {
                long written = writeStaged(writer, target.uri(), attempt, where, fromFooters);
                if (fromFooters) {
                    return target.described(written, schemaOf(data));
                }
            } else {
                writer.mode(spec.mode()).save(target.uri());
            }
        }
        return target.described(rowsOf(rows, target), schemaOf(data));
    }

    /** Writes to a staging directory and swaps it in; returns its Parquet row count if asked, else -1. */
    private long writeStaged(DataFrameWriter<Row> writer, String uri, String attempt, String where,
            boolean countFooters) throws TaskFailedException {
        try {
            Path target = new Path(uri);
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            target = fs.makeQualified(target);
            Path staging = new Path(target.getParent(), "_stepline-" + target.getName() + "-" + attempt);
            try {
                writer.mode("overwrite").save(staging.toString());
                long rows = countFooters ? ParquetRows.count(fs, staging, fs.getConf()) : -1;
                if (fs.exists(target) && !fs.delete(target, true)) {
                    throw new IOException("could not remove the previous " + target);
                }
                if (!fs.rename(staging, target)) {
                    throw new IOException("could not move " + staging + " to " + target);
                }
                return rows;
            } finally {
                // A failed write leaves no half-written staging directory behind (a later attempt
                // has another name); after a successful rename there is nothing to delete.
                fs.delete(staging, true);
            }
        } catch (IOException e) {
            throw new TaskFailedException(SparkErrors.TASK_FAILED, where + " (" + uri + "): " + e.getMessage());
        }
    }

    /**
     * The rows counted while writing. The count arrives with the write's completion; should it
     * not (a source that reports no metrics), the written output is counted instead.
     */
    private long rowsOf(Observation rows, DatasetRef target) throws TaskFailedException {
        try {
            Row metrics = Await.result(rows.future(), Duration.create(30, TimeUnit.SECONDS));
            return metrics.getLong(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskFailedException(SparkErrors.CANCELLED, "interrupted while counting " + target.uri());
        } catch (Exception e) {
            return new DatasetReader(spark, settings).read(target, target.uri()).count();
        }
    }

    /** The schema as {@link DatasetRef.Column}s, with Spark SQL type names. */
    public static List<DatasetRef.Column> schemaOf(Dataset<Row> data) {
        List<DatasetRef.Column> columns = new ArrayList<>();
        for (StructField field : data.schema().fields()) {
            columns.add(new DatasetRef.Column(field.name(), field.dataType().catalogString(), field.nullable()));
        }
        return columns;
    }
}
