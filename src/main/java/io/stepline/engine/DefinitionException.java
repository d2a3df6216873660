package io.stepline.engine;

import java.util.List;

/**
 * A definition that cannot run: malformed, invalid, or naming something this machine cannot
 * bind. {@link #problems()} are the lines to show a person, each with file:line:col.
 */
public final class DefinitionException extends Exception {
    private final List<String> problems;

    public DefinitionException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
