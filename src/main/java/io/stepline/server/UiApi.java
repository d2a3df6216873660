package io.stepline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.engine.DurableExecutions;
import io.stepline.json.Json;
import io.stepline.store.ExecutionFilter;
import io.stepline.store.ExecutionRecord;
import io.stepline.store.TaskLogLine;
import io.stepline.store.TaskLogs;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The UI's JSON endpoints: pipelines, validation, schedules and backfills (logs and streams have
 * their own handlers).
 */
final class UiApi {
    private final ServerSettings settings;
    private final Diagnostics diagnostics;
    private final DurableExecutions durable;
    private final ServerSchedules schedules;
    private final Backfills backfills;

    /** {@code schedules} null: a store without schedules (backfills answer 503, schedules show as declared). */
    UiApi(ServerSettings settings, Diagnostics diagnostics, DurableExecutions durable, ServerSchedules schedules) {
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.durable = durable;
        this.schedules = schedules;
        this.backfills = schedules == null ? Backfills.NOT_WIRED : schedules;
    }

    /** GET /api/pipelines: every pipeline of the directory, read again (an edit shows at once). */
    void pipelines(RoutingContext context) {
        ObjectNode out = Json.NODES.objectNode();
        ArrayNode list = out.putArray("pipelines");
        for (PipelineFolder folder : PipelineFolder.scan(settings.pipelines(), diagnostics)) {
            ObjectNode item = list.addObject()
                    .put("name", folder.name())
                    .put("stateMachineArn", io.stepline.runtime.MachineIdentity.local(folder.name(), "").arn())
                    .put("type", folder.type())
                    .put("definitionFile", folder.definitionFile() == null ? null
                            : settings.pipelines().relativize(folder.definitionFile()).toString())
                    .put("definition", folder.definition());
            ArrayNode problems = folder.diagnostics().deepCopy();
            String settingsProblem = schedules == null ? null
                    : schedules.problem(folder.directory().getFileName().toString());
            if (settingsProblem != null) {
                problems.add(PipelineFolder.problem(settingsProblem));
            }
            item.set("diagnostics", problems);
            item.set("schedules", schedules == null ? declared(folder.schedules())
                    : schedules.schedulesOf(folder.name()));
            ArrayNode last = item.putArray("lastExecutions");
            for (ExecutionRecord record : durable.list(new ExecutionFilter(folder.name(), null, 5))) {
                last.add(ExecutionOperations.summary(record));
            }
        }
        Http.json(context, 200, out);
    }

    /** Schedules as the settings file declares them, when the store keeps no schedules (never fired). */
    private static ArrayNode declared(JsonNode declared) {
        ArrayNode out = Json.NODES.arrayNode();
        for (JsonNode schedule : declared) {
            out.addObject().put("name", schedule.path("name").asText(null)).put("cron", schedule.path("cron").asText(null))
                    .put("timezone", schedule.path("timezone").asText("UTC"))
                    .put("paused", schedule.path("paused").asBoolean(false)).putNull("nextFireTime");
        }
        return out;
    }

    /** POST /api/pipelines/{name}/schedules/{schedule}/pause or /resume. */
    void pause(RoutingContext context, boolean paused) {
        if (schedules == null) {
            Http.error(context, 503, "this server's execution store keeps no schedules");
            return;
        }
        try {
            schedules.setPaused(context.pathParam("name"), context.pathParam("schedule"), paused);
            Http.json(context, 200, Json.NODES.objectNode().put("pipeline", context.pathParam("name"))
                    .put("schedule", context.pathParam("schedule")).put("paused", paused));
        } catch (Backfills.BackfillException e) {
            Http.error(context, e.status(), e.getMessage());
        }
    }

    /** POST /api/validate {"definition": TEXT} -> {"diagnostics": [...]}. */
    void validate(RoutingContext context) {
        JsonNode body = Http.body(context);
        if (body == null || !body.path("definition").isTextual()) {
            Http.error(context, 400, "the body must be {\"definition\": \"<JSON or YAML text>\"}");
            return;
        }
        Path here = settings.pipelines().toAbsolutePath();
        Http.json(context, 200, Json.NODES.objectNode().set("diagnostics",
                diagnostics.of("definition", body.get("definition").asText(), here)));
    }

    /** GET /api/executions/{arn}/logs[?state=NAME]: the lines the execution's tasks wrote. */
    void logs(RoutingContext context) {
        String arn = context.pathParam("arn");
        if (durable.describe(arn).isEmpty()) {
            Http.error(context, 404, "Execution Does Not Exist: '" + arn + "'");
            return;
        }
        ObjectNode out = Json.NODES.objectNode();
        ArrayNode lines = out.putArray("lines");
        for (TaskLogLine line : durable.store().taskLogs().lines(arn, context.queryParams().get("state"),
                TaskLogs.CAP_PER_EXECUTION + 1)) {
            lines.addObject().put("timestamp", Instant.ofEpochMilli(line.timestamp()).toString())
                    .put("level", line.level()).put("state", line.state()).put("attempt", line.attempt())
                    .put("message", line.message());
        }
        Http.json(context, 200, out);
    }

    void startBackfill(RoutingContext context) {
        try {
            Http.json(context, 200, backfills.start(Http.body(context)));
        } catch (Backfills.BackfillException e) {
            Http.error(context, e.status(), e.getMessage());
        }
    }

    void backfill(RoutingContext context) {
        try {
            Http.json(context, 200, backfills.status(context.pathParam("id")));
        } catch (Backfills.BackfillException e) {
            Http.error(context, e.status(), e.getMessage());
        }
    }

    static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.parse(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
