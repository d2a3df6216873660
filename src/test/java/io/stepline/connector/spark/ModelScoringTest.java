package io.stepline.connector.spark;

import static io.stepline.connector.spark.SparkPipelines.load;
import static io.stepline.connector.spark.SparkPipelines.readParquet;
import static io.stepline.connector.spark.SparkPipelines.run;
import static io.stepline.connector.spark.SparkPipelines.spark;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.engine.Pipeline;
import io.stepline.engine.Stepline;
import io.stepline.runtime.ExecutionResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logistic regression trained on generated data and saved, then used by a pipeline run by the
 * engine ({@code stepline:score:churn}); the result records the model's name, version and location.
 */
class ModelScoringTest {
    private static final StructType CUSTOMERS = new StructType()
            .add("customer_id", DataTypes.StringType)
            .add("visits", DataTypes.DoubleType)
            .add("spend", DataTypes.DoubleType)
            .add("label", DataTypes.DoubleType);

    @TempDir
    static Path folder;
    private static Stepline engine;
    private static Path model;

    @BeforeAll
    static void trainAndStart() throws Exception {
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double visits = random.nextDouble() * 10;
            double spend = random.nextDouble() * 10;
            rows.add(RowFactory.create("c" + i, visits, spend, visits + spend > 10 ? 1.0 : 0.0));
        }
        Dataset<Row> customers = spark().createDataFrame(rows, CUSTOMERS);
        customers.write().parquet(folder.resolve("customers.parquet").toString());
        var assembler = new VectorAssembler().setInputCols(new String[] {"visits", "spend"}).setOutputCol("features");
        var regression = new LogisticRegression().setMaxIter(50);
        model = folder.resolve("models/churn-v1");
        new org.apache.spark.ml.Pipeline().setStages(new PipelineStage[] {assembler, regression})
                .fit(customers).write().overwrite().save(model.toString());
        engine = SparkPipelines.engine("""
                {"models": {"churn": {"path": "%s", "version": "2026-11-01"}}}
                """.formatted(model));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aPipelineScoresWithTheConfiguredModelAndRecordsWhichModelItWas() throws Exception {
        Pipeline pipeline = load(engine, folder, "score", """
                {"StartAt": "Score", "States": {
                  "Score": {"Type": "Task", "Resource": "stepline:score:churn",
                    "Parameters": {"Input.$": "$.customers",
                                   "Output": {"uri.$": "$.scores", "format": "parquet"},
                                   "Columns": ["customer_id", "label", "prediction", "probability"]},
                    "End": true}}}
                """);
        ExecutionResult result = run(pipeline, """
                {"customers": "%s", "scores": "%s"}
                """.formatted(folder.resolve("customers.parquet"), folder.resolve("out/scores")));

        assertThat(result.succeeded()).as(result.toString()).isTrue();
        JsonNode output = result.output();
        assertThat(output.at("/model/name").asText()).isEqualTo("churn");
        assertThat(output.at("/model/version").asText()).isEqualTo("2026-11-01");
        assertThat(output.at("/model/location").asText()).isEqualTo(model.toString());
        assertThat(output.at("/model/uid").asText()).startsWith("pipeline_");
        assertThat(output.at("/output/rows").asLong()).isEqualTo(400);
        assertThat(output.at("/output/schema").toString()).contains("{\"name\":\"probability\",\"type\":\"array<double>\"");
        Dataset<Row> scores = readParquet(output.at("/output/uri").asText());
        long right = scores.where("prediction = label").count();
        assertThat(right).as("correct predictions of 400 on separable data").isGreaterThan(380);
    }

    @Test
    void aModelBesideThePipelineAndAMissingOneThatIsCaught() throws Exception {
        Pipeline pipeline = load(engine, folder, "score-beside", """
                {"StartAt": "Score", "States": {
                  "Score": {"Type": "Task", "Resource": "stepline:score:models/churn-v1",
                    "Parameters": {"Input.$": "$.customers", "Output.$": "$.scores",
                                   "Model": {"location": "/nowhere/churn-v0", "version": "v0"}},
                    "Catch": [{"ErrorEquals": ["Spark.ModelNotFound"], "ResultPath": "$.error", "Next": "Done"}],
                    "End": true},
                  "Done": {"Type": "Pass", "End": true}}}
                """);
        ExecutionResult result = run(pipeline, """
                {"customers": "%s", "scores": "%s"}
                """.formatted(folder.resolve("customers.parquet"), folder.resolve("out/beside")));

        assertThat(result.succeeded()).as(result.toString()).isTrue();
        assertThat(result.output().at("/error/Cause").asText())
                .startsWith("model 'models/churn-v1': no Spark ML PipelineModel could be loaded from /nowhere/churn-v0");
    }
}
