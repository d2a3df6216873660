package io.stepline.connector.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.DatasetRef;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.spark.OutputSpec;
import io.stepline.connector.spark.SparkErrors;
import io.stepline.connector.spark.SparkSettings;
import io.stepline.connector.spark.SparkTaskRun;
import io.stepline.json.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.functions;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Scores a dataset with a saved {@link PipelineModel} and writes the scores. Vector columns
 * ({@code probability}, {@code rawPrediction}, assembled features) are written as arrays of
 * doubles, which every format and database reads. A model is loaded once per process and
 * location: publish a retrained model at a new location (and version) rather than over the old.
 */
final class ModelScorer {
    static final String MODEL_NOT_FOUND = "Spark.ModelNotFound";
    private static final Map<String, PipelineModel> LOADED = new ConcurrentHashMap<>();

    private ModelScorer() {
    }

    static ObjectNode score(ModelRef model, DatasetRef input, OutputSpec output, List<String> columns,
            SparkSettings settings, TaskRequest request) throws TaskFailedException, InterruptedException {
        String what = "model '" + model.name() + "'";
        return SparkTaskRun.run(what, settings, request, run -> {
            Dataset<Row> data = run.read("input", input);
            run.step("loading it from " + model.location());
            PipelineModel loaded = load(model, what);
            run.step("scoring");
            Dataset<Row> scored = arraysForVectors(loaded.transform(data));
            if (!columns.isEmpty()) {
                scored = scored.selectExpr(columns.toArray(String[]::new));
            }
            ObjectNode result = Json.NODES.objectNode();
            result.set("model", model.toJson().put("uid", loaded.uid()));
            result.set("output", run.write("output", scored, output).toJson());
            return result;
        });
    }

    private static PipelineModel load(ModelRef model, String what) throws TaskFailedException {
        PipelineModel cached = LOADED.get(model.location());
        if (cached != null) {
            return cached;
        }
        try {
            PipelineModel loaded = PipelineModel.load(model.location());
            LOADED.put(model.location(), loaded);
            return loaded;
        } catch (Exception e) { // Hadoop's IOExceptions come through Scala undeclared
            throw new TaskFailedException(MODEL_NOT_FOUND, what + ": no Spark ML PipelineModel could be loaded from "
                    + model.location() + ": " + SparkErrors.firstLine(e));
        }
    }

    private static Dataset<Row> arraysForVectors(Dataset<Row> scored) {
        for (StructField field : scored.schema().fields()) {
            if (field.dataType() instanceof VectorUDT) {
                scored = scored.withColumn(field.name(), functions.vector_to_array(scored.col(field.name()), "float64"));
            }
        }
        return scored;
    }
}
