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
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;

/** The UI's JSON endpoints: pipelines, validation, backfills (logs and streams have their own handlers). */
final class UiApi {
    private final ServerSettings settings;
    private final Diagnostics diagnostics;
    private final DurableExecutions durable;
    private final Backfills backfills;

    UiApi(ServerSettings settings, Diagnostics diagnostics, DurableExecutions durable, Backfills backfills) {
        this.settings = settings;
        this.diagnostics = diagnostics;
        this.durable = durable;
        this.backfills = backfills;
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
            item.set("diagnostics", folder.diagnostics());
            item.set("schedules", schedules(folder.schedules()));
            ArrayNode last = item.putArray("lastExecutions");
            for (ExecutionRecord record : durable.list(new ExecutionFilter(folder.name(), null, 5))) {
                last.add(ExecutionOperations.summary(record));
            }
        }
        Http.json(context, 200, out);
    }

    /** Schedules as the settings file declares them, with the cron's next fire time. */
    private static ArrayNode schedules(JsonNode declared) {
        ArrayNode out = Json.NODES.arrayNode();
        for (JsonNode schedule : declared) {
            String cron = schedule.path("cron").asText(null);
            String zone = schedule.path("timezone").asText("UTC");
            ObjectNode item = out.addObject().put("name", schedule.path("name").asText(null)).put("cron", cron)
                    .put("timezone", zone).put("paused", schedule.path("paused").asBoolean(false));
            item.putNull("nextFireTime");
            if (cron != null && !schedule.path("paused").asBoolean(false)) {
                try {
                    CronExpression expression = new CronExpression(cron);
                    expression.setTimeZone(TimeZone.getTimeZone(zone));
                    Date next = expression.getNextValidTimeAfter(new Date());
                    if (next != null) {
                        item.put("nextFireTime", Instant.ofEpochMilli(next.getTime()).toString());
                    }
                } catch (ParseException e) {
                    item.put("error", "invalid cron '" + cron + "': " + e.getMessage());
                }
            }
        }
        return out;
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
