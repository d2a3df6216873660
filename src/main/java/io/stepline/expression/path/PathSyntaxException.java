package io.stepline.expression.path;

/** A path that does not parse; validation reports it, the compiler never sees one. */
public final class PathSyntaxException extends Exception {
    private final String path;

    public PathSyntaxException(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
