package io.stepline.validation;

import io.stepline.definition.source.AslDocument;
import io.stepline.definition.source.AslReader;
import io.stepline.definition.source.AslSyntaxException;
import java.util.List;

/** Test helper: text in, diagnostics out. */
final class Validate {
    private static final DefinitionValidator VALIDATOR = new DefinitionValidator();

    private Validate() {
    }

    static AslDocument read(String name, String text) {
        try {
            return new AslReader().read(name, text);
        } catch (AslSyntaxException e) {
            throw new IllegalArgumentException(e.describe(), e);
        }
    }

    static List<Diagnostic> json(String text) {
        return VALIDATOR.validate(read("test.asl.json", text), ValidationOptions.aslOnly());
    }

    static List<Diagnostic> json(String text, ValidationOptions options) {
        return VALIDATOR.validate(read("test.asl.json", text), options);
    }

    static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    static List<DiagnosticCode> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }
}
