package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields that shape a state's data. JSONPath states use the first five, JSONata states
 * use Arguments and Output; both may Assign. Paths hold their ASL default ("$") when absent
 * and Java null when the definition sets them to JSON null (AWS's "discard" meaning).
 * Templates (Parameters, ResultSelector, Arguments, Output, Assign) are null when absent.
 */
public record DataFlow(
        String inputPath,
        JsonNode parameters,
        JsonNode resultSelector,
        String resultPath,
        String outputPath,
        JsonNode arguments,
        JsonNode output,
        JsonNode assign) {

    public static final String ROOT = "$";

    /** Every field at its default: the state passes its input through unchanged. */
    public static final DataFlow DEFAULTS = new DataFlow(ROOT, null, null, ROOT, ROOT, null, null, null);
}
