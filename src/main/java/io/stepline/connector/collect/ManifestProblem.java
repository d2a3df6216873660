package io.stepline.connector.collect;

/** One thing wrong in a manifest, where it is: {@code connectors/crm.yaml:12:7: message}. */
public record ManifestProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
