package io.stepline.validation.rules;

import io.stepline.definition.source.AslDocument;
import io.stepline.definition.source.DuplicateKey;
import io.stepline.definition.source.Position;
import io.stepline.validation.Diagnostic;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.Severity;
import io.stepline.validation.ValidationOptions;
import io.stepline.validation.syntax.IntrinsicSyntax;
import io.stepline.validation.syntax.JsonataSyntax;
import io.stepline.validation.syntax.PathSyntax;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What rules share during one validation: the document, its index, the options, the syntax
 * checkers (each caching its verdicts per text) and the diagnostics found so far.
 */
public final class ValidationRun {
    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::pointer);

    private final AslDocument document;
    private final ValidationOptions options;
    private final DefinitionIndex index;
    private final PathSyntax paths = new PathSyntax();
    private final IntrinsicSyntax intrinsics = new IntrinsicSyntax();
    private final JsonataSyntax jsonata = new JsonataSyntax();
    private final List<Diagnostic> found = new ArrayList<>();

    public ValidationRun(AslDocument document, ValidationOptions options) {
        this.document = document;
        this.options = options;
        this.index = DefinitionIndex.of(document.root());
    }

    public AslDocument document() {
        return document;
    }

    public ValidationOptions options() {
        return options;
    }

    public DefinitionIndex index() {
        return index;
    }

    public PathSyntax paths() {
        return paths;
    }

    public IntrinsicSyntax intrinsics() {
        return intrinsics;
    }

    public JsonataSyntax jsonata() {
        return jsonata;
    }

    /** A problem with the value at {@code pointer} (or with the object there, for a missing field). */
    public void report(DiagnosticCode code, String pointer, String message) {
        add(code, code.defaultSeverity(), pointer, document.positionOf(pointer), message);
    }

    /** A problem with the field itself (unknown, misplaced): points at its key. */
    public void reportAtKey(DiagnosticCode code, String pointer, String message) {
        add(code, code.defaultSeverity(), pointer, document.keyPositionOf(pointer), message);
    }

    /** A key the file repeats: the position is the repetition's, which the source map does not keep. */
    public void reportAtKeyPosition(DiagnosticCode code, DuplicateKey duplicate, String message) {
        add(code, code.defaultSeverity(), duplicate.pointer(), duplicate.position(), message);
    }

    public void report(DiagnosticCode code, Severity severity, String pointer, String message) {
        add(code, severity, pointer, document.positionOf(pointer), message);
    }

    private void add(DiagnosticCode code, Severity severity, String pointer, Position position, String message) {
        found.add(new Diagnostic(code, severity, pointer, position, message));
    }

    /** Everything reported, sorted by position, each problem once. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(new LinkedHashSet<>(found));
        sorted.sort(BY_POSITION);
        return List.copyOf(sorted);
    }
}
