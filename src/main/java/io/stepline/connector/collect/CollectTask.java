package io.stepline.connector.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import io.stepline.connector.jdbc.SinkBatches;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bound {@code stepline:collect:CONNECTOR[.STREAM]} resource. Each attempt either collects a
 * stream into a JSON Lines or Parquet dataset, or into a sink connection's table (resuming from a
 * checkpoint of an earlier attempt of the same execution and state), or, given {@code CommitCursor},
 * advances the stream's cursor once the data it covers has been written downstream.
 */
final class CollectTask implements BoundTask {
    /** Records per batch a streamed sink commits, unless {@code Sink.CommitEvery} says otherwise. */
    static final int DEFAULT_COMMIT_EVERY = 5_000;
    private final Manifest manifest;
    private final String boundStream;
    private final SecretValues secrets;
    private final CollectorState state;
    private final Path outputDirectory;
    private final ConnectorContext context;

    CollectTask(Manifest manifest, String boundStream, SecretValues secrets, CollectorState state, Path outputDirectory,
            ConnectorContext context) {
        this.manifest = manifest;
        this.boundStream = boundStream;
        this.secrets = secrets;
        this.state = state;
        this.outputDirectory = outputDirectory;
        this.context = context;
    }

    @Override
    public String resourceType() {
        return "stepline-collect";
    }

    @Override
    public String resourceName() {
        return boundStream == null ? manifest.name() : manifest.name() + "." + boundStream;
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException {
        long started = System.nanoTime();
        CollectParameters parameters = CollectParameters.of(request.input(), manifest, boundStream);
        StreamSpec stream = manifest.streams().get(parameters.stream());
        try {
            if (parameters.commit() != null) {
                return commit(stream, parameters.commit());
            }
            return collect(stream, parameters, request.idempotencyKey(), started, request);
        } catch (IOException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "the collector's state under " + outputDirectory
                    + " could not be read or written: " + e);
        }
    }

    private JsonNode collect(StreamSpec stream, CollectParameters parameters, String idempotencyKey, long started,
            TaskRequest request) throws TaskFailedException, InterruptedException, IOException {
        String previous = parameters.cursor() != null ? parameters.cursor()
                : stream.incremental() ? orElse(state.cursor(manifest.name(), stream.name()), stream.cursorStart()) : null;
        Map<String, String> variables = new LinkedHashMap<>(parameters.variables());
        if (previous != null) {
            variables.put("cursor", previous);
        }
        String key = checkpointKey(idempotencyKey, stream, parameters);
        Destination destination = destination(stream, parameters, key);
        JsonNode saved = state.checkpoint(key);
        RequestFactory requests;
        try {
            requests = new RequestFactory(manifest, stream, variables, secrets);
        } catch (HttpFailure failure) {
            throw failure.toTaskFailure();
        }
        Collection collection = new Collection(ApiClients.of(manifest), stream, requests, secrets, state, key);
        Checkpoint resume = saved == null ? null : Checkpoint.fromJson(saved);
        if (resume != null && !destination.holds(resume)) {
            resume = null; // the partial file lost what the checkpoint counted (a machine crash): start over
        }
        Collection.Outcome outcome = collection.run(destination, resume, request.control());
        String next = outcome.maxCursor() == null ? previous : Cursors.max(previous, Json.NODES.textNode(outcome.maxCursor()));
        boolean committed = false;
        if (stream.incremental() && parameters.advanceAfterWrite()) {
            state.commitCursor(manifest.name(), stream.name(), next);
            committed = true;
        }
        ObjectNode result = Json.NODES.objectNode().put("connector", manifest.name()).put("stream", stream.name());
        result.set(outcome.written().field(), outcome.written().value());
        result.put("records", outcome.records()).put("pages", outcome.pages()).put("requests", outcome.requests())
                .put("retries", outcome.retries());
        if (outcome.resumedAtPage() != null) {
            result.put("resumedAtPage", outcome.resumedAtPage());
        }
        if (stream.incremental()) {
            result.putObject("cursor").put("connector", manifest.name()).put("stream", stream.name())
                    .put("previous", previous).put("next", next).put("committed", committed);
        }
        result.put("durationMillis", (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** A dataset file of the task's format ({@code Output}, or one named after the key), or the {@code Sink}'s table. */
    private Destination destination(StreamSpec stream, CollectParameters parameters, String key) throws TaskFailedException {
        if (parameters.sink() != null) {
            ObjectNode sink = parameters.sink().deepCopy();
            String connection = sink.remove("Connection").asText();
            JsonNode every = sink.remove("CommitEvery");
            if (every != null && !(every.canConvertToInt() && every.asInt() > 0)) {
                throw new TaskFailedException(CollectErrors.INVALID_PARAMETERS, "Sink.CommitEvery must be a positive number of"
                        + " records (a batch is committed at the end of the first page reaching it)");
            }
            SinkBatches batches = SinkBatches.of(context, connection, sink, "Sink of stepline:collect:" + resourceName());
            return new SinkDestination(batches, every == null ? DEFAULT_COMMIT_EVERY : every.asInt(), key);
        }
        Path target = parameters.output() != null ? Path.of(parameters.output())
                : outputDirectory.resolve(manifest.name()).resolve(stream.name()).resolve(key + "." + parameters.format());
        List<String> columns = !stream.fields().isEmpty() ? List.copyOf(stream.fields().keySet())
                : stream.requiredFields();
        return new FileDestination(target, parameters.format(), columns);
    }

    /** Advances the cursor a collection returned, now that its data is written downstream. */
    private JsonNode commit(StreamSpec stream, JsonNode cursor) throws TaskFailedException, IOException {
        if (!stream.incremental()) {
            throw new TaskFailedException(CollectErrors.INVALID_PARAMETERS, "stream " + stream.name()
                    + " has no incremental cursor to commit (add incremental.cursorField to the manifest)");
        }
        String next = cursor.path("next").isNull() || cursor.path("next").isMissingNode() ? null : cursor.path("next").asText();
        String committed = state.commitCursor(manifest.name(), stream.name(), next);
        return Json.NODES.objectNode().put("connector", manifest.name()).put("stream", stream.name())
                .put("cursor", committed).put("committed", next != null && next.equals(committed));
    }

    /**
     * The same for every attempt of this state in this execution, redrives included: the idempotency
     * key without its state-visit and retry parts, with what is collected (stream, window, output).
     */
    private String checkpointKey(String idempotencyKey, StreamSpec stream, CollectParameters parameters) {
        String execution = idempotencyKey;
        for (int i = 0; i < 2 && execution.lastIndexOf('#') > 0; i++) {
            execution = execution.substring(0, execution.lastIndexOf('#'));
        }
        String identity = execution + "|" + manifest.name() + "|" + stream.name() + "|" + parameters.variables() + "|"
                + parameters.output() + "|" + parameters.cursor()
                + (parameters.format().equals("jsonl") ? "" : "|" + parameters.format())
                + (parameters.sink() == null ? "" : "|" + parameters.sink());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String orElse(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
