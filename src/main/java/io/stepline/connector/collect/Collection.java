package io.stepline.connector.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.TaskControl;
import io.stepline.connector.TaskFailedException;
import io.stepline.json.Json;
import java.io.IOException;
import java.util.List;

/**
 * One collection of one stream: page after page into its {@link Destination}, until the pagination
 * says the end. A failure at page N leaves what the destination holds (pages 1..N-1 in a partial
 * file, or the batches committed into a table) and a checkpoint after it, so the next attempt (a
 * Retry, or a redrive of the execution) asks for the page after it and goes on.
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

    /** What a finished collection did: counts, the greatest cursor value among its records, and what it wrote. */
    record Outcome(long pages, long records, long requests, long retries, String maxCursor, Long resumedAtPage,
            Destination.Written written) {
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

    Outcome run(Destination destination, Checkpoint resume, TaskControl control)
            throws TaskFailedException, InterruptedException {
        Paginator paginator = new Paginator(stream.pagination());
        RecordMapper mapper = new RecordMapper(stream);
        PageRequest page = resume == null ? paginator.first() : resume.next();
        long pages = resume == null ? 0 : resume.pages();
        long records = resume == null ? 0 : resume.records();
        String maxCursor = resume == null ? null : resume.maxCursor();
        int maxPages = client.manifest().limits().maxPages();
        try (destination) {
            destination.open(resume);
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
                        destination.write(record);
                        if (stream.cursorField() != null) {
                            maxCursor = Cursors.max(maxCursor, record.get(stream.cursorField()));
                        }
                    }
                    pages++;
                    records += found.size();
                    page = paginator.next(page, response, body, found.size());
                    Checkpoint save = destination.pageDone(Checkpoint.at(page, pages, records, maxCursor), page == null);
                    if (save != null && page != null) {
                        state.saveCheckpoint(checkpointKey, save.toJson());
                    }
                }
            } catch (HttpFailure failure) {
                Checkpoint kept = keep(destination, Checkpoint.at(page, pages, records, maxCursor));
                throw new TaskFailedException(failure.error(), failure.getMessage() + " [" + kept(kept) + "]");
            } catch (InterruptedException stopped) {
                keep(destination, Checkpoint.at(page, pages, records, maxCursor));
                throw stopped;
            } catch (TaskFailedException failed) { // the task's timeout fell inside a wait, or a sink's batch failed
                Checkpoint kept = keep(destination, Checkpoint.at(page, pages, records, maxCursor));
                throw failed.error().startsWith("Jdbc.") || failed.error().startsWith("Stepline.")
                        ? new TaskFailedException(failed.error(), failed.cause() + " [" + kept(kept) + "]") : failed;
            } catch (IOException e) {
                throw new TaskFailedException(CollectErrors.WRITE_FAILED, "writing the records or the collector's state: " + e);
            }
            // all pages are in: a failure from here on leaves the last checkpoint (and the spool) as they were
            Destination.Written written = destination.complete(records);
            state.dropCheckpoint(checkpointKey);
            return new Outcome(pages, records, counters.requests(), counters.retries(), maxCursor,
                    resume == null ? null : resume.pages() + 1, written);
        } catch (IOException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "completing the dataset or dropping the checkpoint: " + e);
        }
    }

    /** Makes what was collected durable and records where to resume (or that there is nothing to resume from). */
    private Checkpoint keep(Destination destination, Checkpoint at) throws TaskFailedException {
        try {
            Checkpoint kept = destination.keep(at);
            if (kept != null) {
                state.saveCheckpoint(checkpointKey, kept.toJson());
            } else {
                state.dropCheckpoint(checkpointKey);
            }
            return kept;
        } catch (IOException e) {
            throw new TaskFailedException(CollectErrors.WRITE_FAILED, "keeping the records collected so far failed: " + e);
        }
    }

    private static String kept(Checkpoint kept) {
        long pages = kept == null ? 0 : kept.pages();
        return (kept == null ? 0 : kept.records()) + " records of " + pages
                + " pages kept; the next attempt or a redrive resumes at page " + (pages + 1);
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
}
