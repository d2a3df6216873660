package io.stepline.connector.collect;

import java.util.List;
import java.util.stream.Collectors;

/** A manifest that cannot be used, with every problem found in it (not just the first). */
public final class InvalidManifestException extends Exception {
    private final List<ManifestProblem> problems;

    public InvalidManifestException(List<ManifestProblem> problems) {
        super(problems.stream().map(ManifestProblem::toString).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ManifestProblem> problems() {
        return problems;
    }
}
