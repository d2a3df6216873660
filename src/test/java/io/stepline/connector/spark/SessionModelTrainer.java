package io.stepline.connector.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains the example pipeline's model, pipelines/journeys/models/session-conversion: a logistic
 * regression of "the session converted" on its touches and length in minutes, from generated
 * sessions (seeded, so the saved model is reproducible). The model is committed beside the
 * pipeline; regenerate it with {@code main(outputDirectory)} on the test class path.
 */
public final class SessionModelTrainer {
    private static final StructType SESSIONS = new StructType()
            .add("touches", DataTypes.LongType)
            .add("minutes", DataTypes.DoubleType)
            .add("label", DataTypes.DoubleType);

    private SessionModelTrainer() {
    }

    static void train(SparkSession spark, Path directory) throws java.io.IOException {
        Random random = new Random(2026);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long touches = 1 + random.nextInt(6);
            double minutes = random.nextDouble() * 60;
            // More touches and longer sessions convert more often, with noise.
            double odds = -3 + 0.8 * touches + 0.03 * minutes + random.nextGaussian();
            rows.add(RowFactory.create(touches, minutes, odds > 0 ? 1.0 : 0.0));
        }
        var sessions = spark.createDataFrame(rows, SESSIONS);
        var features = new VectorAssembler().setInputCols(new String[] {"touches", "minutes"}).setOutputCol("features");
        new Pipeline().setStages(new PipelineStage[] {features, new LogisticRegression().setMaxIter(50)})
                .fit(sessions).write().overwrite().save(directory.toString());
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("train")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        train(spark, Path.of(args[0]));
        spark.stop();
    }
}
