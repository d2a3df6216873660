package io.stepline.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The slice of time one scheduled or backfill run processes: {@code [start, end)} in the
 * schedule's zone. Its logical date names it: the start's date for calendar intervals
 * ({@code 2026-11-01}), the start's local date and time for shorter ones ({@code 2026-11-01T13:00:00}).
 */
public record DataInterval(ZonedDateTime start, ZonedDateTime end, boolean calendar) {
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

    public String logicalDate() {
        return calendar ? start.toLocalDate().toString() : start.toLocalDateTime().toString();
    }

    /** The logical date as execution names may carry it (no colons). */
    public String key() {
        return calendar ? start.toLocalDate().toString() : KEY_TIME.format(start);
    }

    /** What a run's input gets: {@code {"logicalDate": ..., "dataInterval": {"start": ..., "end": ...}}}. */
    public ObjectNode toInput() {
        ObjectNode node = Json.NODES.objectNode();
        node.put("logicalDate", logicalDate());
        ObjectNode interval = node.putObject("dataInterval");
        interval.put("start", OFFSET_TIME.format(start));
        interval.put("end", OFFSET_TIME.format(end));
        return node;
    }

    /**
     * What a run's context object gets beside AWS's members, in AWS's capitalisation:
     * {@code {"Schedule": {"Name", "LogicalDate", "DataInterval": {"Start", "End"}, "Backfill"}}},
     * {@code Backfill} (the backfill's id) only for a backfill's runs.
     */
    public ObjectNode toContextMembers(String scheduleName, String backfillId) {
        ObjectNode members = Json.NODES.objectNode();
        ObjectNode schedule = members.putObject("Schedule");
        schedule.put("Name", scheduleName);
        schedule.put("LogicalDate", logicalDate());
        ObjectNode interval = schedule.putObject("DataInterval");
        interval.put("Start", OFFSET_TIME.format(start));
        interval.put("End", OFFSET_TIME.format(end));
        if (backfillId != null) {
            schedule.put("Backfill", backfillId);
        }
        return members;
    }
}
