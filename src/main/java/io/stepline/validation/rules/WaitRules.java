package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.Rfc3339;
import java.util.List;

/**
 * Wait states: exactly one of Seconds, SecondsPath, Timestamp and TimestampPath (more than one is
 * the schema's exclusion), and a literal Timestamp is RFC 3339.
 */
public final class WaitRules implements Rule {
    private static final List<String> DURATIONS = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath");

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (!state.is("Wait")) {
                continue;
            }
            if (DURATIONS.stream().noneMatch(field -> state.field(field) != null)) {
                run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, state.pointer(), state.label() + " says neither how "
                        + "long nor until when to wait; it needs one of "
                        + (state.isJsonata() ? "Seconds or Timestamp" : String.join(", ", DURATIONS)));
            }
            JsonNode timestamp = state.field("Timestamp");
            if (timestamp != null && timestamp.isTextual() && !ValueKind.isExpression(timestamp)
                    && !Rfc3339.isTimestamp(timestamp.textValue())) {
                run.report(DiagnosticCode.INVALID_TIMESTAMP, state.pointerOf("Timestamp"), state.label()
                        + " has Timestamp '" + timestamp.textValue()
                        + "', which is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
            }
        }
    }
}
