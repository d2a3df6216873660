package io.stepline.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import io.stepline.store.NewExecution;
import io.stepline.store.PathRecord;
import io.stepline.store.StoredEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Values for store tests; names are unique so that tests sharing a database never meet. */
final class Fixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** A fixed, microsecond-precise clock start: what is written is what is read back. */
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123456Z");

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static String arn(String machine, String name) {
        return "arn:aws:states:us-east-1:123456789012:execution:" + machine + ":" + name;
    }

    static StoredEvent event(long id, String type, String details) {
        return new StoredEvent(id, id - 1, T0.toEpochMilli() + id, type, json(details), "root");
    }

    static PathRecord path(String pathId, String checkpoint) {
        return new PathRecord(pathId, pathId.equals("root") ? null : "root", PathRecord.PathStatus.RUNNABLE,
                json(checkpoint), null);
    }

    /** A new STANDARD execution of a fresh machine with its ExecutionStarted event and root path. */
    static NewExecution execution(String input) {
        String machine = unique("machine");
        return execution(machine, unique("run"), input, T0);
    }

    static NewExecution execution(String machine, String name, String input, Instant startTime) {
        return new NewExecution(arn(machine, name), machine, 1, name, "STANDARD", json(input), startTime,
                List.of(event(1, "ExecutionStarted", "{\"input\":" + input + "}")),
                path("root", "{\"state\":\"First\"}"));
    }

    static Instant at(long seconds) {
        return T0.plus(seconds, ChronoUnit.SECONDS);
    }
}
