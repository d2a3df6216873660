package io.stepline.validation;

import io.stepline.definition.source.AslDocument;
import io.stepline.validation.rules.Rule;
import io.stepline.validation.rules.Rules;
import io.stepline.validation.rules.ValidationRun;
import java.util.List;

/**
 * Validates a parsed ASL definition and returns every problem found, sorted by position.
 * Stateless and thread-safe; a definition is valid when no diagnostic is an ERROR.
 */
public final class DefinitionValidator {
    public List<Diagnostic> validate(AslDocument document, ValidationOptions options) {
        ValidationRun run = new ValidationRun(document, options);
        for (Rule rule : Rules.ALL) {
            rule.check(run);
        }
        return run.diagnostics();
    }

    /** Validates with ASL rules only (no resource binding). */
    public List<Diagnostic> validate(AslDocument document) {
        return validate(document, ValidationOptions.aslOnly());
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
