package io.stepline.definition;

import io.stepline.definition.source.Position;

/** Where a model element was declared: its JSON Pointer and line:column in the source file. */
public record Origin(String pointer, Position position) {
    public static final Origin NONE = new Origin("", Position.UNKNOWN);
}
