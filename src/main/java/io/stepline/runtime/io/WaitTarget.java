package io.stepline.runtime.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataBindings;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;
import io.stepline.json.Json;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** When a Wait state wakes: after a number of seconds, or at a timestamp; literal or from a path. */
public sealed interface WaitTarget {

    /** The wake-up time in epoch millis, given the time the wait starts. */
    long wakeAt(EvaluationScope scope, long now) throws EvaluationException;

    record Seconds(long seconds) implements WaitTarget {
        @Override
        public long wakeAt(EvaluationScope scope, long now) {
            return now + seconds * 1000L;
        }
    }

    record SecondsPath(CompiledPath path) implements WaitTarget {
        @Override
        public long wakeAt(EvaluationScope scope, long now) throws EvaluationException {
            JsonNode value = path.read(scope);
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
                throw EvaluationException.runtime("The SecondsPath parameter cannot be parsed as a long value: "
                        + path.text() + " == " + shown(value));
            }
            return now + value.longValue() * 1000L;
        }
    }

    record Timestamp(long epochMillis) implements WaitTarget {
        @Override
        public long wakeAt(EvaluationScope scope, long now) {
            return epochMillis;
        }
    }

    record TimestampPath(CompiledPath path) implements WaitTarget {
        @Override
        public long wakeAt(EvaluationScope scope, long now) throws EvaluationException {
            JsonNode value = path.read(scope);
            Long parsed = value.isTextual() ? parseTimestamp(value.textValue()) : null;
            if (parsed == null) {
                throw EvaluationException.runtime("The TimestampPath parameter does not reference a valid ISO-8601 "
                        + "extended offset date-time format string: " + path.text() + " == " + shown(value));
            }
            return parsed;
        }
    }

    /** Epoch millis of an ISO-8601 extended offset date-time ("2016-03-14T01:59:00Z"), or null. */
    static Long parseTimestamp(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String shown(JsonNode value) {
        return value.isTextual() ? value.textValue() : Json.write(value);
    }

    /** JSONata Seconds: a non-negative integer. */
    record SecondsJsonata(JsonataField field) implements WaitTarget {
        @Override
        public long wakeAt(EvaluationScope scope, long now) throws EvaluationException {
            return now + field.integer(JsonataBindings.of(scope), 0, 99_999_999L) * 1000L;
        }
    }

    /** JSONata Timestamp: an ISO-8601 extended offset date-time. */
    record TimestampJsonata(JsonataField field) implements WaitTarget {
        @Override
        public long wakeAt(EvaluationScope scope, long now) throws EvaluationException {
            return field.timestamp(JsonataBindings.of(scope)).toInstant().toEpochMilli();
        }
    }
}
