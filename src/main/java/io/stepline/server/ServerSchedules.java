package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.json.Json;
import io.stepline.schedule.BackfillPolicy;
import io.stepline.schedule.BackfillRequest;
import io.stepline.schedule.BackfillStatus;
import io.stepline.schedule.Firing;
import io.stepline.schedule.PipelineWatcher;
import io.stepline.schedule.ScheduleInfo;
import io.stepline.schedule.ScheduleOptions;
import io.stepline.schedule.Schedules;
import io.stepline.schedule.SettingsException;
import io.stepline.store.jdbc.JdbcExecutionStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.quartz.SchedulerException;

/**
 * The schedules of the server's pipelines, fired as {@code stepline worker --pipelines} fires
 * them ({@link Schedules#open} then {@link Schedules#startFiring}), followed by a
 * {@link PipelineWatcher} (an edited {@code pipeline.yaml} or a new pipeline folder is applied
 * within seconds), and their backfills as the server's {@link Backfills}. A pipeline whose
 * {@code pipeline.yaml} cannot be read keeps its last readable schedules (none if it never read);
 * its problem is one of its diagnostics on {@code /api/pipelines}.
 */
final class ServerSchedules implements Backfills, AutoCloseable {
    private final Schedules schedules;
    private final Firing firing;
    private final PipelineWatcher watcher;

    private ServerSchedules(Schedules schedules, Firing firing, PipelineWatcher watcher) {
        this.schedules = schedules;
        this.firing = firing;
        this.watcher = watcher;
    }

    /**
     * Opens and starts firing the schedules of the pipelines under {@code pipelines}, following
     * changes to their settings files while it runs; null when the store cannot hold schedules
     * (only the JDBC store can).
     */
    static ServerSchedules start(DurableExecutions durable, Path pipelines) {
        if (!(durable.store() instanceof JdbcExecutionStore)) {
            return null;
        }
        PipelineWatcher watcher = new PipelineWatcher(pipelines);
        Schedules schedules = Schedules.open(durable, watcher.read());
        try {
            Firing firing = schedules.startFiring(ScheduleOptions.defaults(durable.owner()));
            watcher.follow(schedules, firing, PipelineWatcher.PERIOD);
            return new ServerSchedules(schedules, firing, watcher);
        } catch (SchedulerException e) {
            throw new ServerException("cannot start the schedules: " + e.getMessage());
        }
    }

    /** Why the settings of the pipeline in directory {@code folder} were not read at the last look, or null. */
    String problem(String folder) {
        return watcher.problems().get(folder);
    }

    /** The schedules of {@code pipeline}: name, cron, zone, interval, paused, next and last fire. */
    ArrayNode schedulesOf(String pipeline) {
        ArrayNode out = Json.NODES.arrayNode();
        for (ScheduleInfo info : schedules.list()) {
            if (info.pipeline().equals(pipeline)) {
                out.addObject().put("name", info.name()).put("cron", info.cron())
                        .put("timezone", info.timezone()).put("interval", info.interval())
                        .put("paused", info.paused())
                        .put("nextFireTime", info.nextFireTime() == null ? null : info.nextFireTime().toString())
                        .put("lastFire", info.lastFire() == null ? null : info.lastFire().toString())
                        .put("lastOutcome", info.lastOutcome());
            }
        }
        return out;
    }

    /** Pauses ({@code paused}) or resumes a schedule; the problem's message when there is no such schedule. */
    void setPaused(String pipeline, String schedule, boolean paused) throws BackfillException {
        try {
            if (paused) {
                schedules.pause(pipeline, schedule);
            } else {
                schedules.resume(pipeline, schedule);
            }
        } catch (SettingsException e) {
            throw new BackfillException(404, e.getMessage());
        }
    }

    @Override
    public JsonNode start(JsonNode body) throws BackfillException {
        BackfillRequest request = request(body);
        try {
            return Json.NODES.objectNode().put("backfillId", schedules.backfills().start(request));
        } catch (SettingsException e) {
            throw new BackfillException(400, e.getMessage());
        }
    }

    @Override
    public JsonNode status(String backfillId) throws BackfillException {
        BackfillStatus status = schedules.backfills().status(backfillId).orElseThrow(() ->
                new BackfillException(404, "no backfill '" + backfillId + "' (or its pipeline or schedule is gone)"));
        return Json.NODES.objectNode().put("backfillId", status.backfillId()).put("pipeline", status.pipeline())
                .put("schedule", status.schedule()).put("status", status.state().name()).put("total", status.total())
                .put("done", status.done()).put("running", status.running()).put("failed", status.failed())
                .put("remaining", status.remaining()).put("skipped", status.skipped())
                .put("etaSeconds", status.eta() == null ? null : status.eta().toSeconds());
    }

    /** {"pipeline", "schedule"?, "from", "to", "policy"?, "concurrency"?, "reverse"?} as a request. */
    private static BackfillRequest request(JsonNode body) throws BackfillException {
        if (body == null || !body.isObject()) {
            throw new BackfillException(400, "the body must be {\"pipeline\", \"from\": \"YYYY-MM-DD\", "
                    + "\"to\": \"YYYY-MM-DD\"} (and optionally schedule, policy, concurrency, reverse)");
        }
        String pipeline = text(body, "pipeline", true);
        BackfillPolicy policy;
        String policyText = text(body, "policy", false);
        try {
            policy = policyText == null ? BackfillPolicy.MISSING
                    : BackfillPolicy.valueOf(policyText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BackfillException(400, "policy: must be missing, failed or all, not '" + policyText + "'");
        }
        JsonNode concurrency = body.path("concurrency");
        if (!concurrency.isMissingNode() && !concurrency.isNull() && !concurrency.canConvertToInt()) {
            throw new BackfillException(400, "concurrency: must be a whole number, not " + concurrency);
        }
        try {
            return new BackfillRequest(pipeline, text(body, "schedule", false), date(body, "from"), date(body, "to"),
                    policy, concurrency.asInt(1), body.path("reverse").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new BackfillException(400, e.getMessage());
        }
    }

    private static String text(JsonNode body, String field, boolean required) throws BackfillException {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BackfillException(400, field + ": missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new BackfillException(400, field + ": must be a string, not " + value);
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode body, String field) throws BackfillException {
        String text = text(body, field, true);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BackfillException(400, field + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** Stops firing and cancels this server's backfills (their running runs stay, resumed later). */
    @Override
    public void close() {
        watcher.close();
        firing.close();
    }
}
