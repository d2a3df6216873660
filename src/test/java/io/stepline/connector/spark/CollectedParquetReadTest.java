package io.stepline.connector.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.connector.DatasetRef;
import io.stepline.connector.jdbc.JsonLinesToParquet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet a collector makes from its JSON Lines spool is read by Spark with the types its reference reports. */
class CollectedParquetReadTest {
    @TempDir
    Path dir;

    @Test
    void sparkReadsTheCollectorsParquetThroughItsReferenceWithItsTypes() throws Exception {
        Path spool = Files.writeString(dir.resolve("contacts.parquet.partial"), """
                {"source_id": "C1", "lifetime_value": 12.5, "visits": 3, "updated_at": "2026-11-25T10:00:00Z", "day": "2026-11-25", "note": null, "extra": "x"}
                {"source_id": "C2", "lifetime_value": null, "visits": 4, "updated_at": "2026-11-25T11:30:00Z", "day": "2026-11-25", "note": null, "extra": {"k": 1}}
                """);
        Path file = dir.resolve("contacts.parquet");
        DatasetRef ref = JsonLinesToParquet.convert(spool, file, file.toString(), List.of());
        DatasetRef empty = JsonLinesToParquet.convert(Files.writeString(dir.resolve("none.partial"), ""),
                dir.resolve("none.parquet"), dir.resolve("none.parquet").toString(), List.of("source_id", "day"));

        DatasetReader reader = new DatasetReader(SparkPipelines.spark(), new SparkSettings(TestContexts.empty(dir)));
        Dataset<Row> rows = reader.read(DatasetRef.fromJson(ref.toJson(), "Dataset"), "Dataset");
        Dataset<Row> none = reader.read(DatasetRef.fromJson(empty.toJson(), "Dataset"), "Dataset");

        assertThat(rows.count()).isEqualTo(2).isEqualTo(ref.rows());
        assertThat(List.of(rows.schema().simpleString().split("[<>,]"))).contains("source_id:string",
                "lifetime_value:double", "visits:bigint", "updated_at:timestamp", "day:date",
                "note:string", "extra:string");
        assertThat(ref.schema()).extracting(DatasetRef.Column::type)
                .containsExactly("string", "double", "bigint", "timestamp", "date", "string", "string");
        assertThat(rows.orderBy("source_id").collectAsList().get(1).getAs("extra").toString()).isEqualTo("{\"k\":1}");
        assertThat(none.count()).isZero();
        assertThat(none.columns()).containsExactly("source_id", "day");
    }
}
