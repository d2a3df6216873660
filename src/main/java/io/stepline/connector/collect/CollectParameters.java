package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A collect task's input (after Parameters): which stream, the window its requests name, where the
 * records go (a dataset file of {@code Format} at {@code Output}, or a table through {@code Sink}),
 * and when the cursor advances; or {@code CommitCursor} alone to advance it.
 *
 * @param variables {@code window.start}, {@code window.end} and {@code param.NAME} for {@code {{...}}} placeholders
 */
record CollectParameters(String stream, Map<String, String> variables, String output, String format, JsonNode sink,
        String cursor, boolean advanceAfterWrite, JsonNode commit) {
    private static final Set<String> KNOWN = Set.of("Stream", "Window", "Output", "Format", "Sink", "Cursor", "AdvanceCursor",
            "CommitCursor", "Params");
    /** The dataset formats a collection writes. */
    static final Set<String> FORMATS = Set.of("jsonl", "parquet");

    static CollectParameters of(JsonNode input, Manifest manifest, String boundStream) throws TaskFailedException {
        JsonNode in = input == null || input.isNull() ? io.stepline.json.Json.NODES.objectNode() : input;
        if (!in.isObject()) {
            throw invalid("the task input must be an object such as {\"Stream\": \"contacts\"}");
        }
        for (var field : (Iterable<String>) in::fieldNames) {
            if (!KNOWN.contains(field)) {
                throw invalid("unknown field '" + field + "'; known: " + KNOWN.stream().sorted().toList());
            }
        }
        String stream = boundStream != null ? boundStream : in.path("Stream").asText(null);
        if (stream == null && manifest.streams().size() == 1) {
            stream = manifest.streams().keySet().iterator().next();
        }
        if (stream == null || !manifest.streams().containsKey(stream)) {
            throw invalid((stream == null ? "Stream is required" : "no stream '" + stream + "'") + "; connector "
                    + manifest.name() + " has " + manifest.streams().keySet().stream().sorted().toList());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        JsonNode window = in.path("Window");
        if (window.isObject()) {
            variables.put("window.start", window.path("Start").asText(""));
            variables.put("window.end", window.path("End").asText(""));
        } else if (!window.isMissingNode()) {
            throw invalid("Window must be {\"Start\": ..., \"End\": ...}");
        }
        in.path("Params").properties().forEach(e -> variables.put("param." + e.getKey(), e.getValue().asText()));
        JsonNode output = in.path("Output");
        String outputPath = output.isTextual() ? output.asText() : output.path("uri").asText(null);
        String format = in.path("Format").asText(outputPath != null && outputPath.endsWith(".parquet") ? "parquet" : "jsonl");
        if (!FORMATS.contains(format)) {
            throw invalid("Format must be \"jsonl\" (JSON Lines, the default) or \"parquet\", not '" + format + "'");
        }
        JsonNode sink = in.get("Sink");
        if (sink != null && !(sink.isObject() && sink.path("Connection").isTextual() && sink.path("Table").isTextual())) {
            throw invalid("Sink must be {\"Connection\": \"warehouse\", \"Table\": ..., \"Mode\": ..., \"Keys\": [...]} (a"
                    + " jdbc connection and the sink's parameters, plus \"CommitEvery\": records per batch)");
        }
        if (sink != null && (!output.isMissingNode() || in.has("Format"))) {
            throw invalid("give either Sink (records go into a table as pages arrive) or Output/Format (a dataset file),"
                    + " not both");
        }
        String advance = in.path("AdvanceCursor").asText("OnCommit");
        if (!advance.equals("OnCommit") && !advance.equals("AfterWrite")) {
            throw invalid("AdvanceCursor must be \"OnCommit\" (a later CommitCursor task advances it) or \"AfterWrite\"");
        }
        JsonNode commit = in.path("CommitCursor");
        if (!commit.isMissingNode() && !commit.isObject()) {
            throw invalid("CommitCursor must be the cursor a collection returned, e.g. \"CommitCursor.$\": \"$.collected.cursor\"");
        }
        return new CollectParameters(stream, variables, outputPath, format, sink, in.hasNonNull("Cursor") ? in.get("Cursor").asText() : null,
                advance.equals("AfterWrite"), commit.isMissingNode() ? null : commit);
    }

    private static TaskFailedException invalid(String problem) {
        return new TaskFailedException(CollectErrors.INVALID_PARAMETERS, problem);
    }
}
