package io.stepline.connector.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One collection of one stream: page after page into a JSON Lines file, until the pagination says
 * the end. A failure at page N leaves pages 1..N-1 in the partial file and a checkpoint at page N,
 * so the next attempt (a Retry, or a redrive of the execution) asks for page N and appends.
 */
final class Collection {
    /** Pages between checkpoints while all goes well, for a process that dies without failing. */
    static final int CHECKPOINT_EVERY = 100;
    private final ApiClient client;
    private final StreamSpec stream;
    private final RequestFactory requests;
    private final SecretValues secrets;
    private final CollectorState state;
    private final String checkpointKey;
    private final Counters counters = new Counters();

    /** What a finished collection did: counts, and the greatest cursor value among its records. */
    record Outcome(long pages, long records, long requests, long retries, String maxCursor, Long resumedAtPage) {
    }

    Collection(ApiClient client, StreamSpec stream, RequestFactory requests, SecretValues secrets, CollectorState state,
            String checkpointKey) {
        this.client = client;
        this.stream = stream;
        this.requests = requests;
        this.secrets = secrets;
        this.state = state;
        this.checkpointKey = checkpointKey;
    }

    Outcome run(Path target, Checkpoint resume, TaskControl control) throws TaskFailedException, InterruptedException {
        Paginator paginator = new Paginator(stream.pagination());
        RecordMapper mapper = new RecordMapper(stream);
        PageRequest page = resume == null ? paginator.first() : resume.next();
        long pages = resume == null ? 0 : resume.pages();
        long records = resume == null ? 0 : resume.records();
        String maxCursor = resume == null ? null : resume.maxCursor();
        int maxPages = client.manifest().limits().maxPages();
        DatasetWriter writer = open(target, resume == null ? 0 : resume.bytes());
        try {
            while (page != null) {
                if (control.isCancelled()) {
                    throw new InterruptedException("the execution no longer wants this collection");
                }
                if (pages >= maxPages) {
                    throw HttpFailure.fatal(CollectErrors.TOO_MANY_PAGES, "stream " + stream.name() + " went past "
                            + maxPages + " pages (limits.maxPages)");
                }
                Response response = client.send(requests.build(page), secrets, counters, control);
                JsonNode body = parse(response);
                List<JsonNode> found = mapper.records(body, response.shownUrl());
                for (JsonNode record : found) {
                    writer.write(record);
                    if (stream.cursorField() != null) {
                        maxCursor = Cursors.max(maxCursor, record.get(stream.cursorField()));
                    }
                }
                pages++;
                records += found.size();
                page = paginator.next(page, response, body, found.size());
                if (page != null && pages % CHECKPOINT_EVERY == 0) {
                    state.saveCheckpoint(checkpointKey, new Checkpoint(page, pages, records, writer.flush(), maxCursor).toJson());
                }
            }
            writer.complete();
            state.dropCheckpoint(checkpointKey);
            return new Outcome(pages, records, counters.requests(), counters.retries(), maxCursor,
                    resume == null ? null : resume.pages() + 1);
        } catch (HttpFailure failure) {
            keep(writer, new Checkpoint(page, pages, records, 0, maxCursor));
            throw new TaskFailedException(failure.error(), failure.getMessage() + " [" + records + " records of " + pages
                    + " pages kept; the next attempt or a redrive resumes at page " + (pages + 1) + "]");
        } catch (InterruptedException stopped) {
            keep(writer, new Checkpoint(page, pages, records, 0, maxCursor));
            throw stopped;
        } catch (TaskFailedException timedOut) { // the task's timeout fell inside a wait
            keep(writer, new Checkpoint(page, pages, records, 0, maxCursor));
            throw timedOut;
        } catch (IOException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "writing " + target + " or the collector's state: " + e);
        } finally {
            closeQuietly(writer);
        }
    }

    /** Syncs what was collected and records where to resume. */
    private void keep(DatasetWriter writer, Checkpoint at) throws TaskFailedException {
        try {
            long bytes = writer.sync();
            state.saveCheckpoint(checkpointKey, new Checkpoint(at.next(), at.pages(), at.records(), bytes, at.maxCursor()).toJson());
        } catch (IOException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "keeping the records collected so far failed: " + e);
        }
    }

    private static JsonNode parse(Response response) throws HttpFailure {
        if (response.body().length == 0) {
            throw HttpFailure.fatal(CollectErrors.MALFORMED_RESPONSE, "an empty body from " + response.shownUrl());
        }
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw HttpFailure.fatal(CollectErrors.MALFORMED_RESPONSE, "the body from " + response.shownUrl()
                    + " is not JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + " at character "
                    + (at == null ? "?" : at.getCharOffset()) + "): " + Snippets.of(response.body()));
        } catch (IOException e) {
            throw HttpFailure.fatal(CollectErrors.MALFORMED_RESPONSE, "the body from " + response.shownUrl() + " cannot be read: " + e);
        }
    }

    private static DatasetWriter open(Path target, long keepBytes) throws TaskFailedException {
        try {
            return DatasetWriter.open(target, keepBytes);
        } catch (IOException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "cannot open " + target + " for writing: " + e);
        }
    }

    private static void closeQuietly(DatasetWriter writer) {
        try {
            writer.close();
        } catch (IOException ignored) {
            // already synced or failed; the checkpoint says how much is good
        }
    }
}
