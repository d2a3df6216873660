package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.Severity;
import java.util.regex.Pattern;

/**
 * Task states: Resource is a URI (ASL constrains nothing more), a {@code stepline:} resource
 * reads {@code stepline:KIND:NAME}, and a resource nothing on this machine runs is reported
 * (a warning, an error when strict) so that files stay deployable to AWS yet runnable here.
 * A static HeartbeatSeconds must be smaller than a static TimeoutSeconds.
 */
public final class TaskRules implements Rule {
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final Pattern STEPLINE = Pattern.compile("stepline:[a-z][a-z0-9-]*:\\S+");

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            if (state.is("Task")) {
                resource(run, state);
                heartbeat(run, state);
            }
        }
    }

    private static void resource(ValidationRun run, StateRef state) {
        JsonNode resource = state.field("Resource");
        if (resource == null || !resource.isTextual()) {
            return;
        }
        String text = resource.textValue();
        String pointer = state.pointerOf("Resource");
        if (!URI.matcher(text).matches()) {
            run.report(DiagnosticCode.INVALID_RESOURCE, pointer, state.label() + " has Resource '" + text
                    + "', which is not a URI such as arn:aws:states:::lambda:invoke or stepline:spark:NAME");
            return;
        }
        if (text.startsWith("stepline:") && !STEPLINE.matcher(text).matches()) {
            run.report(DiagnosticCode.INVALID_STEPLINE_RESOURCE, pointer, state.label() + " has Resource '" + text
                    + "'; Stepline resources read stepline:KIND:NAME, e.g. stepline:spark:attribution");
            return;
        }
        String why = run.options().resourceBinding().whyUnbound(text);
        if (why != null) {
            // A stepline: resource runs nowhere else, so an unbound one can never work.
            Severity severity = run.options().strict() || text.startsWith("stepline:") ? Severity.ERROR : Severity.WARNING;
            run.report(DiagnosticCode.UNBOUND_RESOURCE, severity, pointer, state.label() + " uses Resource '" + text
                    + "', which cannot run here: " + why);
        }
    }

    private static boolean isPositiveInteger(JsonNode value) {
        return value != null && ValueKind.isInteger(value) && value.doubleValue() >= 1;
    }

    private static void heartbeat(ValidationRun run, StateRef state) {
        JsonNode timeout = state.field("TimeoutSeconds");
        JsonNode heartbeat = state.field("HeartbeatSeconds");
        // Only two valid static values compare; a malformed one is already reported by the schema.
        if (isPositiveInteger(timeout) && isPositiveInteger(heartbeat)
                && heartbeat.doubleValue() >= timeout.doubleValue()) {
            run.report(DiagnosticCode.HEARTBEAT_NOT_BELOW_TIMEOUT, state.pointerOf("HeartbeatSeconds"),
                    state.label() + " has HeartbeatSeconds " + heartbeat.asText() + ", which must be smaller than "
                            + "its TimeoutSeconds " + timeout.asText());
        }
    }
}
