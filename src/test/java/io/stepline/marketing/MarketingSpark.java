package io.stepline.marketing;

import io.stepline.config.Connections;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.ConfiguredContext;
import io.stepline.connector.spark.SparkSessions;
import io.stepline.connector.spark.SparkSettings;
import io.stepline.connector.spark.SparkTransformContext;
import io.stepline.json.Json;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The JVM's one shared SparkSession (the same the Spark connector starts), and small datasets from CSV lines. */
final class MarketingSpark {
    private MarketingSpark() {
    }

    static SparkSession spark() {
        try {
            return SparkSessions.shared(new SparkSettings(new ConfiguredContext(Json.NODES.objectNode(),
                    Connections.of(Json.NODES.objectNode(), Secrets.standard()), Path.of("."))));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static SparkTransformContext context(String transform) {
        return new SparkTransformContext(spark(), transform);
    }

    /** Rows of text columns: the header first, then comma-separated values (empty = empty string). */
    static Dataset<Row> text(String header, String... lines) {
        List<String> rows = new java.util.ArrayList<>();
        rows.add(header);
        rows.addAll(List.of(lines));
        return spark().read().option("header", "true").option("inferSchema", "false")
                .csv(spark().createDataset(rows, org.apache.spark.sql.Encoders.STRING()));
    }
}
