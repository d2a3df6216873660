package io.stepline.connector.spark;

import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a {@link DatasetRef} as a DataFrame: files by Spark's readers (any Hadoop path: local,
 * {@code file:}, {@code s3a://}, {@code hdfs://}), tables of a {@code jdbc} connection through
 * Spark's JDBC source. CSV defaults to {@code header} and {@code inferSchema} on; the reference's
 * {@code options} override any default.
 */
public final class DatasetReader {
    private final SparkSession spark;
    private final SparkSettings settings;

    public DatasetReader(SparkSession spark, SparkSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /** Reads one dataset; {@code where} names it in messages (e.g. {@code inputs.touchpoints}). */
    public Dataset<Row> read(DatasetRef ref, String where) throws TaskFailedException {
        Map<String, String> options = new LinkedHashMap<>();
        switch (ref.format()) {
            case "table" -> {
                SparkSettings.JdbcTarget target = settings.jdbc(ref.connection(), where);
                return spark.read().options(ref.options()).jdbc(target.url(), ref.table(), target.properties());
            }
            case "csv" -> {
                options.put("header", "true");
                options.put("inferSchema", "true");
            }
            default -> {
            }
        }
        options.putAll(ref.options());
        return spark.read().format(sparkFormat(ref.format())).options(options).load(ref.uri());
    }

    /** Spark's source name for a dataset format ({@code jsonl} is Spark's default JSON). */
    static String sparkFormat(String format) {
        return format.equals("jsonl") ? "json" : format;
    }
}
