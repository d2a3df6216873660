package io.stepline.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.json.Json;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.ExecutionStatus;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/executions/{arn}/stream}: Server-Sent Events, one {@code event: history} per
 * new history event (GetExecutionHistory's shape), then {@code event: end} with the final
 * status once the execution has ended. The store is polled a few times a second, off the event loop.
 */
final class ExecutionStream {
    private static final long POLL_MILLIS = 250;
    private final Vertx vertx;
    private final DurableExecutions durable;

    ExecutionStream(Vertx vertx, DurableExecutions durable) {
        this.vertx = vertx;
        this.durable = durable;
    }

    void open(RoutingContext context) {
        String arn = context.pathParam("arn");
        HttpServerResponse response = context.response();
        vertx.executeBlocking(() -> durable.describe(arn)).onComplete(found -> {
            if (found.failed() || found.result().isEmpty()) {
                Http.error(context, 404, "Execution Does Not Exist: '" + arn + "'");
                return;
            }
            response.setChunked(true).putHeader("Content-Type", "text/event-stream")
                    .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
            response.write(": stream of " + arn + "\n\n");
            poll(arn, response, 0);
        });
    }

    private void poll(String arn, HttpServerResponse response, long after) {
        if (response.closed()) {
            return;
        }
        vertx.executeBlocking(() -> next(arn, after)).onComplete(done -> {
            if (response.closed()) {
                return;
            }
            if (done.failed()) {
                response.end("event: error\ndata: " + Json.write(Json.NODES.textNode("the store could not be read"))
                        + "\n\n");
                return;
            }
            Batch batch = done.result();
            long last = after;
            for (ObjectNode event : batch.events()) {
                response.write("event: history\nid: " + event.path("id").asLong() + "\ndata: " + Json.write(event)
                        + "\n\n");
                last = event.path("id").asLong();
            }
            if (batch.ended().isPresent()) {
                response.end("event: end\ndata: " + Json.write(Json.NODES.objectNode()
                        .put("status", batch.ended().get().name())) + "\n\n");
                return;
            }
            long from = last;
            vertx.setTimer(POLL_MILLIS, id -> poll(arn, response, from));
        });
    }

    /** Events after {@code after}; the final status when the execution had ended before they were read. */
    private Batch next(String arn, long after) {
        Optional<ExecutionStatus> status = durable.describe(arn).map(ExecutionRecord::status)
                .filter(s -> s != ExecutionStatus.RUNNING && s != ExecutionStatus.PENDING_REDRIVE);
        List<ObjectNode> events = durable.history(arn).stream().filter(e -> e.path("id").asLong() > after).toList();
        return new Batch(events, status);
    }

    private record Batch(List<ObjectNode> events, Optional<ExecutionStatus> ended) {
    }
}
