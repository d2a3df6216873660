package io.stepline.validation;

import io.stepline.definition.source.Position;

/**
 * One problem found in a definition: what (a stable code), how bad, where (JSON Pointer and
 * line:column of the most specific node) and a sentence a person understands.
 */
public record Diagnostic(DiagnosticCode code, Severity severity, String pointer, Position position, String message) {

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code line:col SEVERITY CODE message}, the shape the CLI prints after the file name. */
    @Override
    public String toString() {
        return position + " " + severity + " " + code + " " + message;
    }
}
