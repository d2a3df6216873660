package io.stepline.engine;

import io.stepline.definition.source.AslSyntaxException;
import java.util.List;

/**
 * A definition that cannot run: malformed, invalid, or naming something this machine cannot
 * bind. {@link #problems()} are the lines to show a person, each with file:line:col.
 */
public final class DefinitionException extends Exception {
    /** The code of a file that is not JSON/YAML at all, where validation codes would be. */
    public static final String MALFORMED = "MALFORMED";

    private final List<String> problems;
    private final AslSyntaxException syntax;

    public DefinitionException(List<String> problems) {
        this(problems, null);
    }

    private DefinitionException(List<String> problems, AslSyntaxException syntax) {
        super(String.join(System.lineSeparator(), problems), null, false, false);
        this.problems = List.copyOf(problems);
        this.syntax = syntax;
    }

    /** The text is not JSON/YAML: one problem, {@code file:line:col: error MALFORMED message}. */
    public static DefinitionException malformed(AslSyntaxException syntax) {
        return new DefinitionException(List.of(syntax.file() + ":" + syntax.position() + ": error " + MALFORMED + " "
                + syntax.getMessage()), syntax);
    }

    public List<String> problems() {
        return problems;
    }

    /** Where and why the text is not JSON/YAML, or null when the definition is only invalid. */
    public AslSyntaxException syntax() {
        return syntax;
    }
}
