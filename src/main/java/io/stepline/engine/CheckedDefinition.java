package io.stepline.engine;

import io.stepline.definition.source.AslDocument;
import io.stepline.definition.source.AslReader;
import io.stepline.definition.source.AslSyntaxException;
import io.stepline.validation.DefinitionValidator;
import io.stepline.validation.Diagnostic;
import io.stepline.validation.ValidationOptions;
import java.util.List;

/**
 * A definition read and validated: the document and every diagnostic. Reading needs neither
 * Camel nor the runtime, so {@code stepline validate} stays quick.
 */
public record CheckedDefinition(AslDocument document, List<Diagnostic> diagnostics) {
    private static final AslReader READER = new AslReader();
    private static final DefinitionValidator VALIDATOR = new DefinitionValidator();

    /** Throws only when the text is not JSON/YAML at all; validation problems are diagnostics. */
    public static CheckedDefinition check(String file, String text, ValidationOptions options)
            throws DefinitionException {
        AslDocument document;
        try {
            document = READER.read(file, text);
        } catch (AslSyntaxException e) {
            throw DefinitionException.malformed(e);
        }
        return new CheckedDefinition(document, VALIDATOR.validate(document, options));
    }

    public boolean hasErrors() {
        return DefinitionValidator.hasErrors(diagnostics);
    }

    /** Each diagnostic as {@code file:line:col: severity CODE message}. */
    public List<String> lines() {
        return diagnostics.stream().map(d -> format(document.file(), d)).toList();
    }

    public List<String> errorLines() {
        return diagnostics.stream().filter(Diagnostic::isError).map(d -> format(document.file(), d)).toList();
    }

    public static String format(String file, Diagnostic d) {
        return file + ":" + d.line() + ":" + d.column() + ": " + d.severity().name().toLowerCase() + " " + d.code()
                + " " + d.message();
    }
}
